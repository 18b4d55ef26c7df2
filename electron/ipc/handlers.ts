/**
 * The composition root: each contract method bound to its service. Handlers stay thin; what they add
 * is the desktop around a service (asking where to save, printing), through the platform port.
 */
import { writeFileSync } from 'node:fs';
import { DomainError } from '../../shared/contract/errors';
import { statuteDefaults } from '../../shared/domain/statute';
import { backupTo, listBackups } from '../services/backups';
import { checkDatabase } from '../services/check';
import { getCoop, setupCoop, updateCoop } from '../services/coop';
import { demoIdentity, generateDemo, DEMO_SIZE } from '../services/demo';
import {
  changeMemberStatus,
  createMember,
  getMember,
  listMembers,
  memberAuditTrail,
  memberCategories,
  memberHistory,
  memberRegister,
  nextMemberNumber,
  removeMember,
  updateMember,
} from '../services/members';
import { exportMembersCsv, exportMembersXlsx } from '../services/members-export';
import { commitMemberImport, previewMemberImport } from '../services/members-import';
import type { PlatformPort } from '../services/platform';
import type { DatabaseSession } from '../services/session';
import type { Handlers } from './dispatch';

export interface HandlerDeps {
  session: DatabaseSession;
  platform: PlatformPort;
}

function cancelled(): never {
  throw new DomainError('CANCELLED', 'Cancelled; nothing was written.');
}

export function createHandlers({ session, platform }: HandlerDeps): Handlers {
  const ctx = () => session.ctx();
  const today = () => ctx().now().toISOString().slice(0, 10);

  return {
    'coop.get': () => getCoop(ctx()),
    'coop.setup': (input) => setupCoop(ctx(), input),
    'coop.setupDemo': async ({ locale }) => {
      const profile = await setupCoop(ctx(), demoIdentity(locale), { isDemo: true });
      await generateDemo(ctx(), { ...DEMO_SIZE, locale });
      return profile;
    },
    'coop.update': (input) => updateCoop(ctx(), input),
    'coop.statuteDefaults': ({ framework }) => statuteDefaults(framework),

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
      const path = await platform.chooseSavePath({
        title: 'Export members',
        defaultName: `members-${today()}.${format}`,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      });
      if (path === null) cancelled();
      const { bytes, rows } = format === 'csv' ? await exportMembersCsv(ctx()) : await exportMembersXlsx(ctx());
      writeFileSync(path, bytes);
      return { path, rows };
    },
    'members.printBook': async ({ locale }) => {
      const pdf = await platform.printToPdf({ route: `/print/members?locale=${encodeURIComponent(locale)}`, title: 'Members register' });
      const path = await platform.chooseSavePath({
        title: 'Save the members register',
        defaultName: `members-register-${today()}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (path === null) cancelled();
      writeFileSync(path, pdf);
      return { path };
    },

    'backups.list': () => (session.backupsDir ? listBackups(session.backupsDir) : []),
    'backups.create': async () => {
      const path = await platform.chooseSavePath({
        title: 'Back up the database',
        defaultName: `minga-backup-${today()}.sqlite`,
        filters: [{ name: 'Minga database', extensions: ['sqlite'] }],
      });
      if (path === null) cancelled();
      return { path: await backupTo(ctx().handle, path) };
    },
    'backups.restore': async ({ path }) => {
      const file =
        path ?? (await platform.chooseOpenPath({ title: 'Restore a backup', filters: [{ name: 'Minga database', extensions: ['sqlite'] }] }));
      if (file === null) cancelled();
      const { keptAs } = await session.restoreFrom(file);
      return { restoredFrom: file, keptAs };
    },
    'backups.check': () => checkDatabase(ctx()),
  };
}
