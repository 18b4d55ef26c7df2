/** The plan's investments: a machine or a project each, with its cost, date, useful life and expected effect. */
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { MoneyField } from '../../../components/MoneyField';
import type { MoneyView } from '../../../components/use-coop-money';
import { newInvestment, type InvestmentDraft } from './plan-draft';
import type { IssueOf } from './plan-issues';

interface Props {
  rows: InvestmentDraft[];
  onChange: (rows: InvestmentDraft[]) => void;
  year: number;
  money: MoneyView;
  issue: IssueOf;
  showProblems: boolean;
}

export function InvestmentRows({ rows, onChange, year, money, issue, showProblems }: Props) {
  const { t } = useTranslation('budgets');
  const update = (index: number, patch: Partial<InvestmentDraft>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((row, index) => {
        const title = t('plans.investments.title', { n: index + 1 });
        const at = (field: string) => issue(`investments.${index}.${field}`);
        const id = `investment-${row.key}`;
        return (
          <fieldset key={row.key} className="plans-row">
            <legend>{title}</legend>
            <div className="plans-row__fields">
              <Field id={`${id}-name`} label={t('plans.investments.name')} hint={t('plans.investments.nameHint')} value={row.name} onChange={(e) => update(index, { name: e.target.value })} error={at('name')} required />
              <MoneyField id={`${id}-cost`} label={t('plans.investments.cost')} text={row.cost} onTextChange={(cost) => update(index, { cost })} currency={money.currency} minorDigits={money.minorDigits} required error={at('costMinor') ?? null} showProblem={showProblems} />
              <DateField label={t('plans.investments.date')} value={row.date} onChange={(date) => update(index, { date })} error={at('date')} required />
              <Field id={`${id}-life`} label={t('plans.investments.usefulLife')} inputMode="numeric" className="field--short" value={row.usefulLifeYears} onChange={(e) => update(index, { usefulLifeYears: e.target.value })} error={at('usefulLifeYears')} required />
              <Field id={`${id}-capacity`} label={t('plans.investments.capacity')} hint={t('plans.investments.capacityHint')} inputMode="decimal" className="field--short" value={row.capacityHours} onChange={(e) => update(index, { capacityHours: e.target.value })} error={at('capacityMinutesPerYear')} />
              <MoneyField id={`${id}-savings`} label={t('plans.investments.savings')} hint={t('plans.investments.savingsHint')} text={row.savings} onTextChange={(savings) => update(index, { savings })} currency={money.currency} minorDigits={money.minorDigits} error={at('savingsMinorPerYear') ?? null} showProblem={showProblems} />
              <Field id={`${id}-note`} label={t('plans.note')} value={row.note} onChange={(e) => update(index, { note: e.target.value })} error={at('note')} />
            </div>
            {rows.length > 1 && (
              <Button variant="ghost" className="plans-row__remove" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('plans.investments.removeLabel', { name: row.name || title })}>
                {t('plans.remove')}
              </Button>
            )}
          </fieldset>
        );
      })}
      <div className="plans-add">
        <Button onClick={() => onChange([...rows, newInvestment(year)])}>{t('plans.investments.add')}</Button>
      </div>
    </>
  );
}
