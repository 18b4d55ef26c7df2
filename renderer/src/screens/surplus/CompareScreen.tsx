/**
 * /surplus/compare: two policies for the same year side by side. A is the version in force (or the
 * statute's default); B starts as A and is edited here, recomputed as you type. Each step and each
 * member's return, cash and capitalised part under A and B, and the difference B − A, with totals. A
 * policy the law refuses shows the service's sentence on its own side; the other side stays.
 */
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney, type MoneyView } from '../../components/use-coop-money';
import { CompareMembers } from './CompareMembers';
import { CompareSteps } from './CompareSteps';
import { PolicyFields } from './PolicyFields';
import { policyForContract, policyForLocale, type Policy } from './policy-text';
import { ProjectorPanel } from './ProjectorPanel';
import { SurplusNav } from './SurplusNav';
import { YearPicker } from './YearPicker';
import { useSurplusYear } from './use-year';

export function CompareScreen() {
  const { t } = useTranslation('surplus');
  const [year, setYear] = useSurplusYear();
  const saved = useRpcQuery('surplus.policy', { year });
  const money = useMoney();
  return (
    <section className="surplus-screen">
      <PageHeader title={t('compare.title')} description={t('compare.description')} />
      <SurplusNav year={year} />
      <YearPicker year={year} onChange={setYear} />
      <QueryState query={saved}>
        {(data) => <Comparison key={`${year}-${data.id ?? 'preset'}`} year={year} savedId={data.id} saved={policyForLocale(data.policy, money.locale)} money={money} />}
      </QueryState>
    </section>
  );
}

function Comparison({ year, savedId, saved, money }: { year: number; savedId: number | null; saved: Policy; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const [draft, setDraft] = useState(saved);
  const policyA = policyForContract(saved, money.locale);
  const policyB = policyForContract(draft, money.locale);
  const a = useRpcQuery('surplus.simulate', { year, policy: policyA }, { placeholderData: keepPreviousData });
  const b = useRpcQuery('surplus.simulate', { year, policy: policyB }, { placeholderData: keepPreviousData });
  const nameA = savedId === null ? t('compare.aPreset') : t('compare.aVersion', { id: savedId });
  const sides = { a: a.error ? null : (a.data ?? null), b: b.error ? null : (b.data ?? null) };
  return (
    <div className="surplus-compare">
      <div className="surplus-compare__policy">
        <h2>{t('compare.editB')}</h2>
        <p>{t('compare.bExplained', { a: nameA })}</p>
        <PolicyFields policy={draft} onChange={setDraft} />
        <Button onClick={() => setDraft(saved)}>{t('compare.reset')}</Button>
      </div>
      <div className="surplus-compare__result" aria-live="polite">
        <div className="surplus-compare__sides">
          <section aria-labelledby="surplus-side-a" className="surplus-compare__side">
            <h2 id="surplus-side-a">{t('compare.sideA', { name: nameA })}</h2>
            {a.error ? <ErrorMessage error={a.error} /> : <Check simulation={sides.a} money={money} />}
          </section>
          <section aria-labelledby="surplus-side-b" className="surplus-compare__side">
            <h2 id="surplus-side-b">{t('compare.sideB')}</h2>
            {b.error ? <ErrorMessage error={b.error} /> : <Check simulation={sides.b} money={money} />}
          </section>
        </div>
        <CompareSteps a={sides.a} b={sides.b} money={money} />
        <ProjectorPanel
          year={year}
          choices={[
            { label: t('compare.showA'), policy: policyA, disabled: sides.a === null },
            { label: t('compare.showB'), policy: policyB, disabled: sides.b === null },
          ]}
        />
      </div>
      <CompareMembers a={sides.a} b={sides.b} money={money} />
    </div>
  );
}

function Check({ simulation, money }: { simulation: { check: { partsMinor: number; resultMinor: number; equal: boolean } } | null; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  if (!simulation) return <p role="status">{t('simulate.computing')}</p>;
  const { check } = simulation;
  return (
    <p className={check.equal ? 'surplus-check' : 'surplus-check surplus-check--wrong'}>
      {t(check.equal ? 'simulate.checkEqual' : 'simulate.checkDiffers', { parts: money.format(check.partsMinor), result: money.format(check.resultMinor) })}
    </p>
  );
}
