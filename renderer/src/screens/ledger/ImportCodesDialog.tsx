/**
 * Imports the accountant's codes from a CSV of two columns (account, code): first a dry run that lists
 * what would change and every problem by line, then, only if there are none, the import itself.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountCodesPreview } from '../../../../shared/contract/ledger';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { fileToBase64 } from '../../components/file-base64';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

export function ImportCodesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('ledger');
  const notify = useToast();
  const preview = useRpcMutation('ledger.importAccountCodesPreview');
  const commit = useRpcMutation('ledger.importAccountCodes');
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<AccountCodesPreview | null>(null);
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
      setReport(await preview.mutateAsync({ fileBase64: encoded }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const run = async () => {
    if (!file) return;
    try {
      const { changed } = await commit.mutateAsync({ fileBase64: file });
      notify(t('screens.import.done', { count: changed }), 'success');
      close();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const clean = report !== null && report.problems.length === 0;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('screens.import.title')}
      className="dialog--wide"
      footer={
        <>
          <Button onClick={close}>{t('screens.import.cancel')}</Button>
          <Button variant="primary" onClick={() => void run()} disabled={!clean || report.changes.length === 0} busy={commit.isPending}>
            {t('screens.import.confirm', { count: report?.changes.length ?? 0 })}
          </Button>
        </>
      }
    >
      <p>{t('screens.import.explain')}</p>
      <label className="field">
        <span className="field__label">{t('screens.import.file')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {preview.isPending && <p role="status">{t('screens.import.checking')}</p>}
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      {report && (
        <div role="status" className="ledger-import-report">
          <p>
            {report.problems.length > 0
              ? t('screens.import.problems', { count: report.problems.length })
              : t('screens.import.ready', { count: report.changes.length, rows: report.rowCount })}
          </p>
          {report.problems.length > 0 && (
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
          )}
          {report.problems.length === 0 && report.changes.length > 0 && (
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
          )}
        </div>
      )}
    </Dialog>
  );
}
