/**
 * /surplus/simulate: the year's distribution under the policy being edited, recomputed as you type. A
 * policy the law refuses shows the service's sentence citing the article; a policy the assembly wants is
 * saved as a new version.
 */
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney, type MoneyView } from '../../components/use-coop-money';
import { MemberShares } from './MemberShares';
import { PolicyFields } from './PolicyFields';
import { ProjectorPanel } from './ProjectorPanel';
import { policyForContract, policyForLocale, type Policy } from './policy-text';
import { SurplusNav } from './SurplusNav';
import { Waterfall } from './Waterfall';
import { YearPicker } from './YearPicker';
import { useSurplusYear } from './use-year';

export function SimulationScreen() {
  const { t } = useTranslation('surplus');
  const [year, setYear] = useSurplusYear();
  const saved = useRpcQuery('surplus.policy', { year });
  const money = useMoney();
  return (
    <section className="surplus-screen">
      <PageHeader title={t('simulate.title')} description={t('simulate.description')} />
      <SurplusNav year={year} />
      <YearPicker year={year} onChange={setYear} />
      <QueryState query={saved}>
        {/* Keyed by the year only: saving refreshes the version shown, never the draft being edited. */}
        {(data) => <Simulator key={year} year={year} savedId={data.id} initial={policyForLocale(data.policy, money.locale)} money={money} />}
      </QueryState>
    </section>
  );
}

function Simulator({ year, savedId, initial, money }: { year: number; savedId: number | null; initial: Policy; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const [draft, setDraft] = useState(initial);
  const [note, setNote] = useState('');
  const policy = policyForContract(draft, money.locale);
  const simulation = useRpcQuery('surplus.simulate', { year, policy }, { placeholderData: keepPreviousData });
  const save = useRpcMutation('surplus.savePolicy');
  return (
    <div className="surplus-simulator">
      <div className="surplus-simulator__policy">
        <p>{savedId === null ? t('policy.preset') : t('policy.version', { id: savedId })}</p>
        <PolicyFields policy={draft} onChange={setDraft} />
        <Field label={t('policy.note')} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
        <Button variant="primary" busy={save.isPending} onClick={() => save.mutate({ effectiveYear: year, policy, note })}>
          {t('policy.save')}
        </Button>
        <ErrorMessage error={save.error} />
        {save.data && <p role="status">{t('policy.saved', { id: save.data.id, year })}</p>}
        <ProjectorPanel year={year} choices={[{ label: t('projector.show'), policy, disabled: simulation.error !== null }]} />
      </div>
      <div className="surplus-simulator__result" aria-live="polite">
        {simulation.error ? (
          <ErrorMessage error={simulation.error} />
        ) : simulation.data ? (
          <>
            <p className={simulation.data.check.equal ? 'surplus-check' : 'surplus-check surplus-check--wrong'} role="status">
              {t(simulation.data.check.equal ? 'simulate.checkEqual' : 'simulate.checkDiffers', {
                parts: money.format(simulation.data.check.partsMinor),
                result: money.format(simulation.data.check.resultMinor),
              })}
            </p>
            <Waterfall simulation={simulation.data} money={money} />
            <MemberShares simulation={simulation.data} money={money} />
          </>
        ) : (
          <p role="status">{t('simulate.computing')}</p>
        )}
      </div>
    </div>
  );
}
