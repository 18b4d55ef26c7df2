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
import { DryRunImportDialog } from '../../../components/DryRunImportDialog';
import { failureText } from '../../../components/ErrorMessage';
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

  const fieldName = (field: string | null) => {
    if (field === null) return '';
    const month = /^m(\d+)$/.exec(field);
    return month ? t('export.columns.month', { month: month[1] }) : t(`export.columns.${field}`);
  };
  return (
    <DryRunImportDialog<BudgetImportPreview>
      open={open}
      onClose={onClose}
      preview={(fileBase64) => preview.mutateAsync({ fileBase64, year })}
      commit={async (fileBase64) => {
        const done = await commit.mutateAsync({ fileBase64, year });
        onImported?.(done.versionId);
        return t('import.done', { count: done.lines, number: done.number, year });
      }}
      ready={(report) => report.problemCount === 0 && report.lineCount > 0}
      failure={(error) => failureText(t, error)}
      onDone={(sentence) => notify(sentence, 'success')}
      words={{
        title: t('import.title'),
        explain: t('import.explain'),
        file: t('import.file'),
        checking: t('import.checking'),
        cancel: t('import.cancel'),
        confirm: (report) => t('import.confirm', { count: report?.lineCount ?? 0 }),
      }}
      summary={(report) =>
        report.problemCount > 0 ? (
          <p>{t('import.problems', { count: report.problemCount })}</p>
        ) : (
          <>
            <p>{t('import.ready', { count: report.lineCount, year: report.year, income: money.format(report.incomeMinor), expense: money.format(report.expenseMinor) })}</p>
            {report.target && (
              <p>{report.target.kind === 'replaceDraft' ? t('import.replaceDraft', { number: report.target.number, year: report.year }) : t('import.newDraft', { year: report.year })}</p>
            )}
          </>
        )
      }
      details={(report) =>
        report.problems.length > 0 && (
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
        )
      }
    />
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
