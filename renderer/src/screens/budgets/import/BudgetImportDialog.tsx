/**
 * A year's budget from a spreadsheet (the export's layout): the whole file checked first, every problem by
 * line and column in the coop's language, then written only when there are none, as a new draft or as the
 * year's draft's lines — the same all-or-nothing rule as `minga budget import`.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetImportPreview } from '../../../../../shared/contract/budgets';
import { useRpcMutation } from '../../../api/queries';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { failureText } from '../../../components/ErrorMessage';
import { fileToBase64 } from '../../../components/file-base64';
import { ImportProblemList } from '../../../components/ImportProblemList';
import { useToast } from '../../../components/Toast';
import { useMoney } from '../../../components/use-coop-money';

export interface BudgetImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** The year the budget screen shows: the file's lines must be for it. */
  year: number;
  /** The version the lines went into (a new draft, or the year's draft). */
  onImported?: (versionId: number) => void;
}

export function BudgetImportDialog({ open, onClose, year, onImported }: BudgetImportDialogProps) {
  const { t } = useTranslation('budgets');
  const money = useMoney();
  const notify = useToast();
  const preview = useRpcMutation('budgets.importPreview');
  const commit = useRpcMutation('budgets.importCommit');
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<BudgetImportPreview | null>(null);
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
      setReport(await preview.mutateAsync({ fileBase64: encoded, year }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const run = async () => {
    if (!file) return;
    try {
      const done = await commit.mutateAsync({ fileBase64: file, year });
      notify(t('import.done', { count: done.lines, number: done.number, year }), 'success');
      onImported?.(done.versionId);
      close();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const fieldName = (field: string | null) => {
    if (field === null) return '';
    const month = /^m(\d+)$/.exec(field);
    return month ? t('export.columns.month', { month: month[1] }) : t(`export.columns.${field}`);
  };
  const clean = report !== null && report.problemCount === 0 && report.lineCount > 0;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('import.title')}
      className="dialog--wide"
      footer={
        <>
          <Button onClick={close}>{t('import.cancel')}</Button>
          <Button variant="primary" onClick={() => void run()} disabled={!clean} busy={commit.isPending}>
            {t('import.confirm', { count: report?.lineCount ?? 0 })}
          </Button>
        </>
      }
    >
      <p>{t('import.explain')}</p>
      <label className="field">
        <span className="field__label">{t('import.file')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {preview.isPending && <p role="status">{t('import.checking')}</p>}
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      {report && (
        <div role="status">
          {report.problemCount > 0 ? (
            <p>{t('import.problems', { count: report.problemCount })}</p>
          ) : (
            <>
              <p>{t('import.ready', { count: report.lineCount, year: report.year, income: money.format(report.incomeMinor), expense: money.format(report.expenseMinor) })}</p>
              {report.target && (
                <p>{report.target.kind === 'replaceDraft' ? t('import.replaceDraft', { number: report.target.number, year: report.year }) : t('import.newDraft', { year: report.year })}</p>
              )}
            </>
          )}
        </div>
      )}
      {report && report.problems.length > 0 && (
        <ImportProblemList
          locale={money.locale}
          rows={report.problems.map((p) => ({ line: p.line, field: fieldName(p.field), value: p.value, message: p.message }))}
          labels={{
            caption: t('import.problemsCaption'),
            line: t('import.line'),
            field: t('import.field'),
            value: t('import.value'),
            problem: t('import.problem'),
            wholeFile: t('import.wholeFile'),
          }}
        />
      )}
    </Dialog>
  );
}

/** The button that opens the dialog, for the budget screen to place beside its other actions. */
export function BudgetImportButton({ year, onImported }: { year: number; onImported?: (versionId: number) => void }) {
  const { t } = useTranslation('budgets');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('import.open')}</Button>
      <BudgetImportDialog open={open} onClose={() => setOpen(false)} year={year} {...(onImported ? { onImported } : {})} />
    </>
  );
}
