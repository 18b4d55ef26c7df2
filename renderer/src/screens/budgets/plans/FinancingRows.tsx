/**
 * The plan's financing, one group of fields per source, by kind: members' new capital (paid in
 * instalments), retained surplus, loans (with their schedule beneath) and grants. Used by the plan and by a
 * scenario that tries another mix.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { MoneyField } from '../../../components/MoneyField';
import { Select } from '../../../components/Select';
import type { MoneyView } from '../../../components/use-coop-money';
import { LoanSchedule } from './LoanSchedule';
import { financingKinds, loanFrequencies, newFinancing, type FinancingDraft, type FinancingKind, type LoanFrequency } from './plan-draft';
import type { IssueOf } from './plan-issues';

interface Props {
  rows: FinancingDraft[];
  onChange: (rows: FinancingDraft[]) => void;
  year: number;
  money: MoneyView;
  issue: IssueOf;
  showProblems: boolean;
  /** Distinguishes the scenario dialog's fields from the plan's on the same page. */
  idPrefix: string;
}

export function FinancingRows({ rows, onChange, year, money, issue, showProblems, idPrefix }: Props) {
  const { t } = useTranslation('budgets');
  const update = (index: number, row: FinancingDraft) => onChange(rows.map((r, i) => (i === index ? row : r)));
  const add = (kind: FinancingKind) => onChange([...rows, newFinancing(kind, year)]);
  const ordinal = (row: FinancingDraft, index: number) => rows.slice(0, index + 1).filter((r) => r.kind === row.kind).length;
  return (
    <>
      {rows.length === 0 && <p className="field__hint">{t('plans.financing.none')}</p>}
      {rows.map((row, index) => {
        const title = t(`plans.financing.title.${row.kind}`, { n: ordinal(row, index) });
        return (
          <fieldset key={row.key} className="plans-row">
            <legend>{title}</legend>
            <FinancingFields row={row} onChange={(next) => update(index, next)} money={money} issue={(field) => issue(`financing.${index}.${field}`)} showProblems={showProblems} id={`${idPrefix}-${row.key}`} />
            {row.kind === 'loan' && <LoanSchedule loan={row} money={money} title={t('plans.schedule.caption', { lender: row.lender || title })} />}
            <Button variant="ghost" className="plans-row__remove" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('plans.financing.removeLabel', { name: title })}>
              {t('plans.remove')}
            </Button>
          </fieldset>
        );
      })}
      <div className="plans-add" role="group" aria-label={t('plans.financing.addGroup')}>
        {financingKinds.map((kind) => (
          <Button key={kind} onClick={() => add(kind)}>
            {t(`plans.financing.add.${kind}`)}
          </Button>
        ))}
      </div>
    </>
  );
}

interface FieldsProps<R extends FinancingDraft> {
  row: R;
  onChange: (row: R) => void;
  money: MoneyView;
  issue: (field: string) => string | undefined;
  showProblems: boolean;
  id: string;
}

function FinancingFields(props: FieldsProps<FinancingDraft>) {
  const { row } = props;
  switch (row.kind) {
    case 'capital':
      return <CapitalFields {...props} row={row} onChange={props.onChange} />;
    case 'retained':
      return <RetainedFields {...props} row={row} onChange={props.onChange} />;
    case 'loan':
      return <LoanFields {...props} row={row} onChange={props.onChange} />;
    case 'grant':
      return <GrantFields {...props} row={row} onChange={props.onChange} />;
  }
}

function Amount({ label, text, onText, money, error, showProblems, id }: { label: string; text: string; onText: (text: string) => void; money: MoneyView; error: string | undefined; showProblems: boolean; id: string }) {
  return <MoneyField id={id} label={label} text={text} onTextChange={onText} currency={money.currency} minorDigits={money.minorDigits} required error={error ?? null} showProblem={showProblems} />;
}

function CapitalFields({ row, onChange, money, issue, showProblems, id }: FieldsProps<Extract<FinancingDraft, { kind: 'capital' }>>) {
  const { t } = useTranslation('budgets');
  return (
    <div className="plans-row__fields">
      <Amount id={`${id}-amount`} label={t('plans.financing.capitalAmount')} text={row.amount} onText={(amount) => onChange({ ...row, amount })} money={money} error={issue('amountMinor')} showProblems={showProblems} />
      <DateField label={t('plans.financing.capitalDate')} value={row.date} onChange={(date) => onChange({ ...row, date })} error={issue('date')} required />
      <Field id={`${id}-instalments`} label={t('plans.financing.instalments')} hint={t('plans.financing.instalmentsHint')} inputMode="numeric" className="field--short" value={row.instalments} onChange={(e) => onChange({ ...row, instalments: e.target.value })} error={issue('instalments')} required />
      <Field id={`${id}-note`} label={t('plans.note')} value={row.note} onChange={(e) => onChange({ ...row, note: e.target.value })} error={issue('note')} />
    </div>
  );
}

function RetainedFields({ row, onChange, money, issue, showProblems, id }: FieldsProps<Extract<FinancingDraft, { kind: 'retained' }>>) {
  const { t } = useTranslation('budgets');
  return (
    <div className="plans-row__fields">
      <Select
        id={`${id}-source`}
        label={t('plans.financing.source')}
        value={row.source}
        onChange={(e) => onChange({ ...row, source: e.target.value as typeof row.source })}
        options={(['reserves', 'capitalised-returns'] as const).map((value) => ({ value, label: t(`plans.financing.sources.${value}`) }))}
        error={issue('source')}
      />
      <Amount id={`${id}-amount`} label={t('plans.financing.amount')} text={row.amount} onText={(amount) => onChange({ ...row, amount })} money={money} error={issue('amountMinor')} showProblems={showProblems} />
      <Field id={`${id}-year`} label={t('plans.financing.year')} inputMode="numeric" className="field--short" value={row.year} onChange={(e) => onChange({ ...row, year: e.target.value })} error={issue('year')} required />
    </div>
  );
}

function LoanFields({ row, onChange, money, issue, showProblems, id }: FieldsProps<Extract<FinancingDraft, { kind: 'loan' }>>) {
  const { t } = useTranslation('budgets');
  return (
    <div className="plans-row__fields">
      <Field id={`${id}-lender`} label={t('plans.financing.lender')} value={row.lender} onChange={(e) => onChange({ ...row, lender: e.target.value })} error={issue('lender')} required />
      <Amount id={`${id}-principal`} label={t('plans.financing.principal')} text={row.principal} onText={(principal) => onChange({ ...row, principal })} money={money} error={issue('principalMinor')} showProblems={showProblems} />
      <Field id={`${id}-rate`} label={t('plans.financing.rate')} hint={t('plans.financing.rateHint')} inputMode="decimal" className="field--short" value={row.annualRate} onChange={(e) => onChange({ ...row, annualRate: e.target.value })} error={issue('annualRate')} required />
      <Field id={`${id}-periods`} label={t('plans.financing.periods')} inputMode="numeric" className="field--short" value={row.periods} onChange={(e) => onChange({ ...row, periods: e.target.value })} error={issue('periods')} required />
      <Select
        id={`${id}-frequency`}
        label={t('plans.financing.frequency')}
        value={String(row.frequency)}
        onChange={(e) => onChange({ ...row, frequency: Number(e.target.value) as LoanFrequency })}
        options={loanFrequencies.map((f) => ({ value: String(f), label: t(`plans.financing.frequencies.${f}`) }))}
        error={issue('frequency')}
      />
      <Select
        id={`${id}-method`}
        label={t('plans.financing.method')}
        hint={t(`plans.financing.methodHint.${row.method}`)}
        value={row.method}
        onChange={(e) => onChange({ ...row, method: e.target.value as typeof row.method })}
        options={(['french', 'german'] as const).map((value) => ({ value, label: t(`plans.financing.methods.${value}`) }))}
        error={issue('method')}
      />
      <DateField label={t('plans.financing.firstDate')} value={row.firstDate} onChange={(firstDate) => onChange({ ...row, firstDate })} error={issue('firstDate')} required />
    </div>
  );
}

function GrantFields({ row, onChange, money, issue, showProblems, id }: FieldsProps<Extract<FinancingDraft, { kind: 'grant' }>>) {
  const { t } = useTranslation('budgets');
  return (
    <div className="plans-row__fields">
      <Field id={`${id}-name`} label={t('plans.financing.grantName')} value={row.name} onChange={(e) => onChange({ ...row, name: e.target.value })} error={issue('name')} required />
      <Amount id={`${id}-amount`} label={t('plans.financing.amount')} text={row.amount} onText={(amount) => onChange({ ...row, amount })} money={money} error={issue('amountMinor')} showProblems={showProblems} />
      <DateField label={t('plans.financing.grantDate')} value={row.date} onChange={(date) => onChange({ ...row, date })} error={issue('date')} required />
      <Field id={`${id}-conditions`} label={t('plans.financing.conditions')} value={row.conditions} onChange={(e) => onChange({ ...row, conditions: e.target.value })} error={issue('conditions')} />
    </div>
  );
}
