import {
  changeMemberStatus,
  checkBookPart,
  commitMemberImport,
  correctStatusChange,
  createMember,
  exportMembersCsv,
  exportMembersXlsx,
  getMember,
  getMembersSettings,
  listMembers,
  memberAuditTrail,
  memberCategories,
  memberHistory,
  memberRegister,
  nextMemberNumber,
  previewMemberImport,
  removeMember,
  updateMember,
  updateMembersSettings,
} from '../../services/members';
import { membersBookRoute } from '../../../shared/print';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, todayOf, type HandlerDeps } from './deps';

/** "registro-de-asociados-folio-41-2026-12-04.pdf": the book's title in the coop's language, as a file name. */
function bookFileName(title: string, firstFolio: number, today: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-folio-${firstFolio}-${today}.pdf`;
}

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
    'members.correctStatusChange': (input) => correctStatusChange(ctx(), input),
    'members.settings': () => getMembersSettings(ctx()),
    'members.updateSettings': (input) => updateMembersSettings(ctx(), input),
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
    'members.printBook': async (part) => {
      await checkBookPart(ctx(), part);
      const { firstFolio } = part;
      const title = deps.t('members:print.title');
      const path = await askSavePath(deps, 'members:dialogs.printTitle', bookFileName(title, firstFolio, todayOf(deps)), [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      saveBytes(path, await deps.platform.printToPdf({ route: membersBookRoute(part) }));
      return { path };
    },
  };
}
