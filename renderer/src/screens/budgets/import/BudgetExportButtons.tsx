/** Saving a budget version as CSV or XLSX, the same file as `minga budget export`. */
import { useTranslation } from 'react-i18next';
import { budgetFileFormats } from '../../../../../shared/contract/budgets';
import { useRpcMutation } from '../../../api/queries';
import { Button } from '../../../components/Button';
import { failureText, isCancelled } from '../../../components/ErrorMessage';
import { useToast } from '../../../components/Toast';

export function BudgetExportButtons({ versionId }: { versionId: number }) {
  const { t } = useTranslation('budgets');
  const notify = useToast();
  const save = useRpcMutation('budgets.exportFile');
  const run = async (format: (typeof budgetFileFormats)[number]) => {
    try {
      const { path, rows } = await save.mutateAsync({ versionId, format });
      notify(t('export.done', { count: rows, path }), 'success');
    } catch (error) {
      if (!isCancelled(error)) notify(failureText(t, error), 'error');
    }
  };
  return (
    <div className="budget-export" role="group" aria-label={t('export.dialogTitle')}>
      {budgetFileFormats.map((format) => (
        <Button key={format} onClick={() => void run(format)} busy={save.isPending && save.variables?.format === format}>
          {t(format === 'csv' ? 'export.csv' : 'export.xlsx')}
        </Button>
      ))}
    </div>
  );
}
