import { backupTo, listBackups } from '../../services/core';
import { checkAllDomains } from '../../services/domains';
import { asking, type DomainHandlers } from '../dispatch';
import { askSavePath, cancelled, contextOf, todayOf, type HandlerDeps } from './deps';

const databaseFilter = (deps: HandlerDeps) => [{ name: deps.t('backups:dialogs.fileKind'), extensions: ['sqlite'] }];

export function backupsHandlers(deps: HandlerDeps): DomainHandlers<'backups'> {
  const { session, platform } = deps;
  return {
    'backups.list': () => (session.backupsDir ? listBackups(session.backupsDir) : []),
    'backups.create': asking<'backups.create', string>({
      ask: () => askSavePath(deps, 'backups:dialogs.createTitle', `minga-backup-${todayOf(deps)}.sqlite`, databaseFilter(deps)),
      run: async (_input, path) => ({ path: await backupTo(contextOf(deps).handle, path) }),
    }),
    'backups.restore': asking<'backups.restore', string>({
      ask: async ({ path }) => {
        const file = path ?? (await platform.chooseOpenPath({ title: deps.t('backups:dialogs.restoreTitle'), filters: databaseFilter(deps) }));
        if (file === null) cancelled();
        return file;
      },
      run: async (_input, file) => {
        const { keptAs } = await session.restoreFrom(file);
        return { restoredFrom: file, keptAs };
      },
    }),
    'backups.check': () => checkAllDomains(contextOf(deps)),
  };
}
