import { DomainError } from '../../../shared/contract/errors';
import { backupTo, listBackups } from '../../services/core';
import { checkAllDomains } from '../../services/domains';
import { asking, type DomainHandlers } from '../dispatch';
import { askSavePath, cancelled, contextOf, todayOf, type HandlerDeps } from './deps';

const databaseFilter = (deps: HandlerDeps) => [{ name: deps.t('backups:dialogs.fileKind'), extensions: ['sqlite'] }];

function listedBackup(deps: HandlerDeps, name: string): string {
  const dir = deps.session.backupsDir;
  const found = dir ? listBackups(dir).find((b) => b.name === name) : undefined;
  if (!found) throw new DomainError('NOT_FOUND', `There is no backup named ${name}.`, { key: 'errors.BACKUP_NOT_FOUND', params: { backup: name } });
  return found.path;
}

export function backupsHandlers(deps: HandlerDeps): DomainHandlers<'backups'> {
  const { session, platform } = deps;
  return {
    'backups.list': () => (session.backupsDir ? listBackups(session.backupsDir) : []),
    'backups.create': asking<'backups.create', string>({
      ask: () => askSavePath(deps, 'backups:dialogs.createTitle', `minga-backup-${todayOf(deps)}.sqlite`, databaseFilter(deps)),
      run: async (_input, path) => ({ path: await backupTo(contextOf(deps).handle, path) }),
    }),
    'backups.restore': asking<'backups.restore', string>({
      // The file comes from the backups list or the app's own dialog, never from the caller.
      ask: async ({ backup }) => {
        if (backup !== undefined) return listedBackup(deps, backup);
        const file = await platform.chooseOpenPath({ title: deps.t('backups:dialogs.restoreTitle'), filters: databaseFilter(deps) });
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
