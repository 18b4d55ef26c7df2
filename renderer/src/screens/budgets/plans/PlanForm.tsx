/** The plan's own fields, its investments and its financing, saved as a whole (the service checks it adds up). */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../../api/queries';
import { Button } from '../../../components/Button';
import { failureText } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { MoneyField } from '../../../components/MoneyField';
import { Select } from '../../../components/Select';
import type { MoneyView } from '../../../components/use-coop-money';
import { FinancingBalance } from './FinancingBalance';
import { FinancingRows } from './FinancingRows';
import { InvestmentRows } from './InvestmentRows';
import { balanceOf, movePlanYear, planInputOf, wholeOf, type PlanDraft } from './plan-draft';
import { issuesOf } from './plan-issues';

interface Props {
  initial: PlanDraft;
  money: MoneyView;
  onSaved: (id: number, name: string) => void;
}

export function PlanForm({ initial, money, onSaved }: Props) {
  const { t } = useTranslation('budgets');
  const save = useRpcMutation('budgets.savePlan');
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const issue = issuesOf(t, save.error);
  const year = wholeOf(draft.fromYear) ?? Number(initial.fromYear);
  const balance = balanceOf(draft, money);
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // The last whole year typed: "2027" → "202" → "2028" moves the dates from 2027.
  const [anchorYear, setAnchorYear] = useState(() => wholeOf(initial.fromYear));
  const changeYear = (text: string) => {
    const to = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
    const from = anchorYear;
    if (to !== null) setAnchorYear(to);
    setDraft((d) => ({ ...(from !== null && to !== null && from !== to ? movePlanYear(d, from, to) : d), fromYear: text }));
  };
  const yearOptions = [...new Set([3, 4, 5, Number(initial.years)])].sort((a, b) => a - b);

  // The refusal takes the focus, so a screen reader hears why the plan was not saved.
  useEffect(() => {
    if (save.error) summary.current?.focus();
  }, [save.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    save.mutate(planInputOf(draft, money), {
      onSuccess: ({ id }) => {
        setDraft((d) => ({ ...d, id }));
        onSaved(id, draft.name.trim());
      },
    });
  };

  return (
    <form className="plans-form" onSubmit={submit} noValidate>
      {save.error && (
        <div ref={summary} tabIndex={-1} role="alert" className="form-error-summary">
          <h2>{t('plans.editor.notSaved')}</h2>
          <p>{failureText(t, save.error)}</p>
        </div>
      )}
      <fieldset className="plans-panel">
        <legend>{t('plans.editor.plan')}</legend>
        <div className="plans-row__fields">
          <Field id="plan-name" label={t('plans.editor.name')} hint={t('plans.editor.nameHint')} value={draft.name} onChange={(e) => set({ name: e.target.value })} error={issue('name')} required />
          <Field id="plan-from" label={t('plans.editor.fromYear')} inputMode="numeric" className="field--short" value={draft.fromYear} onChange={(e) => changeYear(e.target.value)} error={issue('fromYear')} required />
          <Select id="plan-years" label={t('plans.editor.years')} value={draft.years} onChange={(e) => set({ years: e.target.value })} options={yearOptions.map((n) => ({ value: String(n), label: t('plans.editor.yearsOption', { count: n }) }))} error={issue('years')} />
          <MoneyField id="plan-revenue" label={t('plans.editor.revenue')} hint={t('plans.editor.revenueHint')} text={draft.expectedRevenue} onTextChange={(expectedRevenue) => set({ expectedRevenue })} currency={money.currency} minorDigits={money.minorDigits} error={issue('expectedRevenueMinorPerYear') ?? null} showProblem={tried} />
          <MoneyField id="plan-surplus" label={t('plans.editor.surplus')} hint={t('plans.editor.surplusHint')} text={draft.expectedSurplus} onTextChange={(expectedSurplus) => set({ expectedSurplus })} currency={money.currency} minorDigits={money.minorDigits} error={issue('expectedSurplusMinorPerYear') ?? null} showProblem={tried} allowNegative />
          <Field id="plan-note" label={t('plans.note')} value={draft.note} onChange={(e) => set({ note: e.target.value })} error={issue('note')} />
        </div>
      </fieldset>
      <section className="plans-panel" aria-labelledby="plan-investments">
        <h2 id="plan-investments">{t('plans.investments.heading')}</h2>
        {issue('investments') && <p className="field__error">{issue('investments')}</p>}
        <InvestmentRows rows={draft.investments} onChange={(investments) => set({ investments })} year={year} money={money} issue={issue} showProblems={tried} />
      </section>
      <section className="plans-panel" aria-labelledby="plan-financing">
        <h2 id="plan-financing">{t('plans.financing.heading')}</h2>
        <p className="field__hint">{t('plans.financing.description')}</p>
        {issue('financing') && <p className="field__error">{issue('financing')}</p>}
        <FinancingRows rows={draft.financing} onChange={(financing) => set({ financing })} year={year} money={money} issue={issue} showProblems={tried} idPrefix="plan" />
      </section>
      <div className="plans-form__footer">
        <FinancingBalance investmentMinor={balance.investmentMinor} financedMinor={balance.financedMinor} money={money} />
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('plans.editor.save')}
        </Button>
      </div>
    </form>
  );
}
