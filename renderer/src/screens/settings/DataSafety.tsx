import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, CheckReport } from '../../../../shared/contract/backups';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage, isCancelled } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { formatDateTime, formatNumber } from '../../i18n/format';

/** Backups, restore and the integrity check: what keeps the books safe. */
export function DataSafety() {
  const { t, i18n } = useTranslation('backups');
  const notify = useToast();
  const list = useRpcQuery('backups.list', {});
  const create = useRpcMutation('backups.create');
  const restore = useRpcMutation('backups.restore');
  const check = useRpcMutation('backups.check');
  // What the person is about to restore: a file the app's dialog asks for ('file'), or one of the listed backups.
  const [restoreChoice, setRestoreChoice] = useState<'file' | BackupInfo | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const locale = i18n.language;
  // Choosing no file is not a failure worth a message.
  const failure = [create.error, restore.error, check.error].find((error) => error && !isCancelled(error));

  const backUp = () => create.mutate({}, { onSuccess: ({ path }) => notify(t('created', { path }), 'success') });
  const runRestore = () => {
    const choice = restoreChoice;
    setRestoreChoice(null);
    if (choice === null) return;
    restore.mutate(choice === 'file' ? {} : { backup: choice.name }, {
      onSuccess: ({ restoredFrom, keptAs }) => notify(t('restored', { from: restoredFrom, keptAs }), 'success'),
    });
  };
  const listed = restoreChoice !== null && restoreChoice !== 'file' ? restoreChoice : null;

  return (
    <section className="settings__section stack" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('title')}</h2>
      <p className="settings__intro">{t('intro')}</p>
      <div className="cluster">
        <Button variant="primary" onClick={backUp} busy={create.isPending}>
          {create.isPending ? t('creating') : t('create')}
        </Button>
        <Button onClick={() => setRestoreChoice('file')} busy={restore.isPending}>
          {restore.isPending ? t('restoring') : t('restore')}
        </Button>
        <Button onClick={() => check.mutate({}, { onSuccess: setReport })} busy={check.isPending}>
          {check.isPending ? t('checking') : t('checkNow')}
        </Button>
      </div>
      <ErrorMessage error={failure} />
      {report && (
        <div role="status" className={report.ok ? 'settings__report' : 'settings__report settings__report--problems'}>
          <p>{report.ok ? t('checkOk') : t('checkProblems', { count: report.problems.length })}</p>
          {report.problems.length > 0 && (
            <ul>
              {report.problems.map((problem, i) => (
                <li key={`${problem.check}-${i}`}>
                  <strong>{problem.check}</strong>: {problem.key ? t(problem.key, { ...problem.params, defaultValue: problem.message }) : problem.message}
                </li>
              ))}
            </ul>
          )}
          {report.chainHead && <p className="settings__chain-head">{t('check.chainHead', report.chainHead)}</p>}
        </div>
      )}
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : list.data && list.data.length > 0 ? (
        <table className="settings__backups">
          <caption>{t('list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col">{t('columns.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('restoreThis')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((backup) => (
              <tr key={backup.path}>
                <td>{formatDateTime(backup.createdAt, locale)}</td>
                <td>{t(`kinds.${backup.kind}`)}</td>
                <td>{formatNumber(backup.bytes / 1024, locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 })}</td>
                <td>
                  <Button
                    onClick={() => setRestoreChoice(backup)}
                    disabled={restore.isPending}
                    aria-label={t('restoreThisLabel', { date: formatDateTime(backup.createdAt, locale) })}
                  >
                    {t('restoreThis')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        list.data && <EmptyState title={t('empty')} />
      )}
      <ConfirmDialog
        open={restoreChoice !== null}
        title={listed ? t('restoreListedTitle', { date: formatDateTime(listed.createdAt, locale) }) : t('restoreTitle')}
        confirmLabel={listed ? t('restoreListedConfirm') : t('restoreConfirm')}
        onConfirm={runRestore}
        onCancel={() => setRestoreChoice(null)}
      >
        <p>{listed ? t('restoreListedBody') : t('restoreBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
