/**
 * "Show on the projector", from the simulation or the comparison: the year and the policy on screen go to
 * the room's projector, the members named or shown by number as the assembly prefers. In the desktop app
 * "Open" puts the projector window on the external display; in a browser it opens the page in a new tab.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURPLUS_PROJECTOR_ROUTE, type SurplusProjection } from '../../../../shared/contract/surplus';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import type { Policy } from './policy-text';

interface Props {
  year: number;
  /** What each button shows: a label and the policy in the contract's form (null: the version in force). */
  choices: readonly { label: string; policy: Policy | null; disabled?: boolean }[];
}

export function ProjectorPanel({ year, choices }: Props) {
  const { t } = useTranslation('surplus');
  const shown = useRpcQuery('surplus.projection', {});
  const project = useRpcMutation('surplus.project');
  const openProjector = useRpcMutation('surplus.openProjector');
  const [labels, setLabels] = useState<SurplusProjection['labels']>('name');
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);

  const show = (policy: Policy | null) => {
    setMessage(null);
    project
      .mutateAsync({ year, policy, labels })
      .then(() => setMessage({ text: t('projector.shownNow', { year }), refused: false }))
      .catch((error: unknown) => setMessage({ text: failureText(t, error), refused: true }));
  };
  const open = async () => {
    setMessage(null);
    try {
      const { result } = await openProjector.mutateAsync({});
      if (result === 'not-supported') window.open(`#${SURPLUS_PROJECTOR_ROUTE}`, '_blank', 'noopener');
    } catch (error) {
      setMessage({ text: failureText(t, error), refused: true });
    }
  };
  const hide = () => {
    setMessage(null);
    project.mutateAsync({ year: null, policy: null, labels }).catch((error: unknown) => setMessage({ text: failureText(t, error), refused: true }));
  };

  return (
    <section className="surplus-projector-panel" aria-labelledby="surplus-projector-panel-title">
      <h2 id="surplus-projector-panel-title">{t('projector.controls')}</h2>
      <p>{shown.data ? t('projector.showing', { year: shown.data.year }) : t('projector.nothingShown')}</p>
      <Select
        label={t('projector.labels')}
        value={labels}
        options={[
          { value: 'name', label: t('projector.byName') },
          { value: 'number', label: t('projector.byNumber') },
        ]}
        onChange={(event) => setLabels(event.target.value as SurplusProjection['labels'])}
      />
      <div className="surplus-projector-panel__actions">
        {choices.map((choice) => (
          <Button key={choice.label} variant="primary" disabled={choice.disabled} busy={project.isPending} onClick={() => show(choice.policy)}>
            {choice.label}
          </Button>
        ))}
        <Button onClick={() => void open()} busy={openProjector.isPending}>
          {t('projector.open')}
        </Button>
        {shown.data && <Button onClick={hide}>{t('projector.hide')}</Button>}
      </div>
      {message && (
        <p role={message.refused ? 'alert' : 'status'} className={message.refused ? 'error-message' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
