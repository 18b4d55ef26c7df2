/**
 * Approving a draft makes it the year's budget, resting on the assembly's resolution; from then on the
 * version and its lines are final (a change is a revision, a new draft), and the budget approved before it
 * becomes "revised".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { BudgetResolutionPicker } from './BudgetResolutionPicker';

interface Props {
  versionId: number;
  number: number;
  year: number;
  onClose: () => void;
  onApproved: () => void;
}

export function ApproveBudgetDialog({ versionId, number, year, onClose, onApproved }: Props) {
  const { t } = useTranslation('budgets');
  const approve = useRpcMutation('budgets.approve');
  const [resolutionId, setResolutionId] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = async () => {
    if (resolutionId === null) {
      setRefusal(t('budget.approve.needed'));
      return;
    }
    setRefusal(null);
    try {
      await approve.mutateAsync({ versionId, resolutionId });
      onApproved();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <Dialog
      open
      title={t('budget.approve.title', { number, year })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('budget.actions.cancel')}</Button>
          <Button variant="primary" onClick={() => void confirm()} busy={approve.isPending}>
            {t('budget.approve.confirm')}
          </Button>
        </>
      }
    >
      <div className="dialog-form">
        {refusal && (
          <p role="alert" className="form-error-summary">
            {refusal}
          </p>
        )}
        <p>{t('budget.approve.final')}</p>
        <BudgetResolutionPicker value={resolutionId} onChange={setResolutionId} />
      </div>
    </Dialog>
  );
}
