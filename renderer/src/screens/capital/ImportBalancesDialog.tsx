/**
 * Opening balances from a spreadsheet (member number, class, subscribed, paid, date): a dry run first,
 * with every problem by line in the coop's language, then the import itself only when there are none —
 * the same all-or-nothing rule as `minga capital import`.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapitalImportPreview } from '../../../../shared/contract/capital';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { fileToBase64 } from '../../components/file-base64';
import { Dialog } from '../../components/Dialog';
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
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<CapitalImportPreview | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const close = () => {
    setFile(null);
    setReport(null);
    setRefusal(null);
    onClose();
  };

  const choose = async (chosen: File | undefined) => {
    setReport(null);
    setRefusal(null);
    if (!chosen) return;
    try {
      const encoded = await fileToBase64(chosen);
      setFile(encoded);
      setReport(await preview.mutateAsync({ fileBase64: encoded, dateOrder: null }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const run = async () => {
    if (!file) return;
    try {
      const { imported } = await commit.mutateAsync({ fileBase64: file, dateOrder: null });
      notify(t('importBalances.done', { count: imported, rows: formatNumber(imported, money.locale) }), 'success');
      close();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const clean = report !== null && report.problemCount === 0 && report.rowCount > 0;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('importBalances.title')}
      className="dialog--wide"
      footer={
        <>
          <Button onClick={close}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={() => void run()} disabled={!clean} busy={commit.isPending}>
            {t('importBalances.confirm', { count: report?.rowCount ?? 0, rows: formatNumber(report?.rowCount ?? 0, money.locale) })}
          </Button>
        </>
      }
    >
      <p>{t('importBalances.explain')}</p>
      <label className="field">
        <span className="field__label">{t('importBalances.file')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {preview.isPending && <p role="status">{t('importBalances.checking')}</p>}
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      {report && (
        <div role="status">
          <p>
            {report.problemCount > 0
              ? t('importBalances.problems', { count: report.problemCount, problems: formatNumber(report.problemCount, money.locale) })
              : t('importBalances.ready', {
                  count: report.rowCount,
                  rows: formatNumber(report.rowCount, money.locale),
                  subscribed: money.format(report.totalSubscribedMinor),
                  paid: money.format(report.totalPaidMinor),
                })}
          </p>
          {report.problems.length > 0 && (
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
          )}
        </div>
      )}
    </Dialog>
  );
}
