/**
 * Imports the accountant's codes from a CSV of two columns (account, code): first a dry run that lists
 * what would change and every problem by line, then, only if there are none, the import itself.
 */
import { useTranslation } from 'react-i18next';
import type { AccountCodesPreview } from '../../../../shared/contract/ledger';
import { useRpcMutation } from '../../api/queries';
import { DryRunImportDialog } from '../../components/DryRunImportDialog';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

export function ImportCodesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('ledger');
  const notify = useToast();
  const preview = useRpcMutation('ledger.importAccountCodesPreview');
  const commit = useRpcMutation('ledger.importAccountCodes');

  return (
    <DryRunImportDialog<AccountCodesPreview>
      open={open}
      onClose={onClose}
      preview={(fileBase64) => preview.mutateAsync({ fileBase64 })}
      commit={async (fileBase64) => t('screens.import.done', { count: (await commit.mutateAsync({ fileBase64 })).changed })}
      ready={(report) => report.problems.length === 0 && report.changes.length > 0}
      failure={(error) => failureText(t, error)}
      onDone={(sentence) => notify(sentence, 'success')}
      words={{
        title: t('screens.import.title'),
        explain: t('screens.import.explain'),
        file: t('screens.import.file'),
        checking: t('screens.import.checking'),
        cancel: t('screens.import.cancel'),
        confirm: (report) => t('screens.import.confirm', { count: report?.changes.length ?? 0 }),
      }}
      summary={(report) => (
        <p>
          {report.problems.length > 0
            ? t('screens.import.problems', { count: report.problems.length })
            : t('screens.import.ready', { count: report.changes.length, rows: report.rowCount })}
        </p>
      )}
      details={(report) =>
        report.problems.length > 0 ? (
          <table className="data-table">
            <caption className="visually-hidden">{t('screens.import.problemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('screens.import.line')}</th>
                <th scope="col">{t('screens.import.value')}</th>
                <th scope="col">{t('screens.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td className="data-table__number">{p.line}</td>
                  <td>{p.value}</td>
                  <td>{t(`import.problems.${p.code}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          report.changes.length > 0 && (
            <table className="data-table">
              <caption className="visually-hidden">{t('screens.import.changesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('screens.import.line')}</th>
                  <th scope="col">{t('screens.columns.account')}</th>
                  <th scope="col">{t('screens.import.from')}</th>
                  <th scope="col">{t('screens.import.to')}</th>
                </tr>
              </thead>
              <tbody>
                {report.changes.map((c) => (
                  <tr key={c.line}>
                    <td className="data-table__number">{c.line}</td>
                    <td>{t(`accounts.${c.account}`)}</td>
                    <td className="ledger-code">{c.from}</td>
                    <td className="ledger-code">{c.to}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        )
      }
    />
  );
}
