/**
 * Opening balances from a spreadsheet (member number, class, subscribed, paid, date): a dry run first,
 * with every problem by line in the coop's language, then the import itself only when there are none —
 * the same all-or-nothing rule as `minga capital import`.
 */
import { useTranslation } from 'react-i18next';
import type { CapitalImportPreview } from '../../../../shared/contract/capital';
import { useRpcMutation } from '../../api/queries';
import { DryRunImportDialog } from '../../components/DryRunImportDialog';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { useMoney } from '../../components/use-coop-money';
import { formatNumber } from '../../i18n/format';

export function ImportBalancesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const notify = useToast();
  const preview = useRpcMutation('capital.importPreview');
  const commit = useRpcMutation('capital.importCommit');
  const rows = (count: number) => ({ count, rows: formatNumber(count, money.locale) });

  return (
    <DryRunImportDialog<CapitalImportPreview>
      open={open}
      onClose={onClose}
      preview={(fileBase64) => preview.mutateAsync({ fileBase64, dateOrder: null })}
      commit={async (fileBase64) => t('importBalances.done', rows((await commit.mutateAsync({ fileBase64, dateOrder: null })).imported))}
      ready={(report) => report.problemCount === 0 && report.rowCount > 0}
      failure={(error) => failureText(t, error)}
      onDone={(sentence) => notify(sentence, 'success')}
      words={{
        title: t('importBalances.title'),
        explain: t('importBalances.explain'),
        file: t('importBalances.file'),
        checking: t('importBalances.checking'),
        cancel: t('actions.cancel'),
        confirm: (report) => t('importBalances.confirm', rows(report?.rowCount ?? 0)),
      }}
      summary={(report) => (
        <p>
          {report.problemCount > 0
            ? t('importBalances.problems', { count: report.problemCount, problems: formatNumber(report.problemCount, money.locale) })
            : t('importBalances.ready', { ...rows(report.rowCount), subscribed: money.format(report.totalSubscribedMinor), paid: money.format(report.totalPaidMinor) })}
        </p>
      )}
      details={(report) =>
        report.problems.length > 0 && (
          <table className="data-table">
            <caption className="visually-hidden">{t('importBalances.problemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="data-table__number">
                  {t('importBalances.line')}
                </th>
                <th scope="col">{t('importBalances.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td className="data-table__number">{p.line}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    />
  );
}
