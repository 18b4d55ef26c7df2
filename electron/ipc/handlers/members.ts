import {
  changeMemberStatus,
  commitMemberImport,
  createMember,
  exportMembersCsv,
  exportMembersXlsx,
  getMember,
  listMembers,
  memberAuditTrail,
  memberCategories,
  memberHistory,
  memberRegister,
  nextMemberNumber,
  previewMemberImport,
  removeMember,
  updateMember,
} from '../../services/members';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, todayOf, type HandlerDeps } from './deps';

export function membersHandlers(deps: HandlerDeps): DomainHandlers<'members'> {
  const ctx = () => contextOf(deps);
  return {
    'members.list': (input) => listMembers(ctx(), input),
    'members.categories': () => memberCategories(ctx()),
    'members.get': ({ id }) => getMember(ctx(), id),
    'members.history': ({ id }) => memberHistory(ctx(), id),
    'members.auditTrail': ({ id }) => memberAuditTrail(ctx(), id),
    'members.register': () => memberRegister(ctx()),
    'members.nextNumber': () => nextMemberNumber(ctx().db),
    'members.create': (input) => createMember(ctx(), input),
    'members.update': (input) => updateMember(ctx(), input),
    'members.changeStatus': (input) => changeMemberStatus(ctx(), input),
    'members.remove': ({ id }) => removeMember(ctx(), id),
    'members.importPreview': (input) => previewMemberImport(ctx(), input),
    'members.importCommit': (input) => commitMemberImport(ctx(), input),
    'members.export': async ({ format }) => {
      const path = await askSavePath(deps, 'members:dialogs.exportTitle', `members-${todayOf(deps)}.${format}`, [
        { name: format.toUpperCase(), extensions: [format] },
      ]);
      const { bytes, rows } = format === 'csv' ? await exportMembersCsv(ctx()) : await exportMembersXlsx(ctx());
      saveBytes(path, bytes);
      return { path, rows };
    },
    'members.printBook': async ({ locale }) => {
      const pdf = await deps.platform.printToPdf({
        route: `/print/members?locale=${encodeURIComponent(locale)}`,
        title: deps.t('members:print.title'),
      });
      const path = await askSavePath(deps, 'members:dialogs.printTitle', `members-register-${todayOf(deps)}.pdf`, [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      saveBytes(path, pdf);
      return { path };
    },
  };
}
