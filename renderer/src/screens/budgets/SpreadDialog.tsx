/**
 * Spreads a yearly figure over a line's twelve months: evenly, by the pattern of the account's actuals last
 * year, or by the year's working days. The service does the sharing out (to the cent, the last month taking
 * the remainder); the months land in the grid, still to be saved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { Select } from '../../components/Select';
import type { MoneyView } from '../../components/use-coop-money';
import type { BudgetLineInput } from '../../../../shared/contract/budgets';

const methods = ['even', 'pattern', 'workingDays'] as const;
type SpreadMethod = (typeof methods)[number];

interface Props {
  year: number;
  account: string;
  lineName: string;
  money: MoneyView;
  onClose: () => void;
  onSpread: (months: number[]) => void;
}

export function SpreadDialog({ year, account, lineName, money, onClose, onSpread }: Props) {
  const { t } = useTranslation('budgets');
  const spread = useRpcMutation('budgets.spread');
  const [text, setText] = useState('');
  const [method, setMethod] = useState<SpreadMethod>('even');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const totalMinor = readMoney(text, money.locale, money.minorDigits);

  const confirm = async () => {
    setTried(true);
    setRefusal(null);
    if (totalMinor === null || totalMinor < 0) return;
    try {
      const answer = await spread.mutateAsync({ year, totalMinor, method, account: (account || null) as BudgetLineInput['account'] | null });
      onSpread(answer.months);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <Dialog
      open
      title={t('budget.spread.title', { line: lineName })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('budget.actions.cancel')}</Button>
          <Button variant="primary" onClick={() => void confirm()} busy={spread.isPending}>
            {t('budget.spread.confirm')}
          </Button>
        </>
      }
    >
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        {refusal && (
          <p role="alert" className="form-error-summary">
            {refusal}
          </p>
        )}
        <MoneyField label={t('budget.spread.total')} text={text} onTextChange={setText} currency={money.currency} minorDigits={money.minorDigits} required showProblem={tried} />
        <Select
          label={t('budget.spread.method')}
          hint={t(`budget.spread.hint.${method}`)}
          value={method}
          options={methods.map((m) => ({ value: m, label: t(`budget.spread.methods.${m}`) }))}
          onChange={(event) => setMethod(event.target.value as SpreadMethod)}
        />
      </form>
    </Dialog>
  );
}
