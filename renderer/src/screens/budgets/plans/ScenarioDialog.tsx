/** A scenario of the plan: a change of revenue (−10 % for a bad year) and, if wanted, another financing mix. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../../api/queries';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { Dialog } from '../../../components/Dialog';
import { failureText } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import type { MoneyView } from '../../../components/use-coop-money';
import { FinancingBalance } from './FinancingBalance';
import { FinancingRows } from './FinancingRows';
import { balanceOf, financingDrafts, financingInputs, type FinancingDraft, type PlanDetail } from './plan-draft';
import { issuesOf } from './plan-issues';

interface Props {
  plan: PlanDetail;
  scenario: PlanDetail['scenarios'][number] | null;
  money: MoneyView;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** "-10" as people type it ("−10", "-7,5") in the contract's exact form. */
const percentOf = (text: string) => text.trim().replace(',', '.').replace('−', '-');

export function ScenarioDialog({ plan, scenario, money, onClose, onSaved }: Props) {
  const { t } = useTranslation('budgets');
  const save = useRpcMutation('budgets.saveScenario');
  const [name, setName] = useState(scenario?.name ?? '');
  const [revenue, setRevenue] = useState(() => (scenario ? scenario.revenueChangePercent.replace('.', money.locale === 'en' ? '.' : ',') : '0'));
  const [ownMix, setOwnMix] = useState(scenario?.financing != null);
  const [financing, setFinancing] = useState<FinancingDraft[]>(() => financingDrafts(scenario?.financing ?? plan.financing, money));
  const issue = issuesOf(t, save.error);
  const investmentMinor = plan.investments.reduce((sum, i) => sum + i.costMinor, 0);
  const financedMinor = balanceOf({ investments: [], financing }, money).financedMinor;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: scenario?.id ?? null, planId: plan.id, name, revenueChangePercent: percentOf(revenue), financing: ownMix ? financingInputs(financing, money) : null },
      { onSuccess: () => onSaved(name.trim()) },
    );
  };

  return (
    <Dialog open onClose={onClose} title={scenario ? t('plans.scenarios.editTitle', { name: scenario.name }) : t('plans.scenarios.newTitle')} className="plans-scenario-dialog">
      <form className="dialog-form" onSubmit={submit} noValidate>
        <Field id="scenario-name" label={t('plans.scenarios.name')} hint={t('plans.scenarios.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={issue('name')} required />
        <Field id="scenario-revenue" label={t('plans.scenarios.revenue')} hint={t('plans.scenarios.revenueHint')} inputMode="decimal" className="field--short" value={revenue} onChange={(e) => setRevenue(e.target.value)} error={issue('revenueChangePercent')} required />
        <Checkbox label={t('plans.scenarios.useOwnMix')} hint={t('plans.scenarios.useOwnMixHint')} checked={ownMix} onChange={(e) => setOwnMix(e.target.checked)} />
        {ownMix && (
          <>
            {issue('financing') && <p className="field__error">{issue('financing')}</p>}
            <FinancingRows rows={financing} onChange={setFinancing} year={plan.fromYear} money={money} issue={issue} showProblems={save.isError} idPrefix="scenario" />
            <FinancingBalance investmentMinor={investmentMinor} financedMinor={financedMinor} money={money} />
          </>
        )}
        {save.error && (
          <p role="alert" className="field__error">
            {failureText(t, save.error)}
          </p>
        )}
        <div className="dialog__footer">
          <Button onClick={onClose}>{t('plans.cancel')}</Button>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('plans.scenarios.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
