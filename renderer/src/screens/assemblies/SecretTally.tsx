/**
 * Secret ballot: only the count of the ballot box is entered — yes, no, abstain, blank and spoilt — and
 * nothing ties a member to a choice. When the electorate is so small (or the result so lopsided) that
 * anyone could tell who voted what, the room is warned before the result is read.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteState } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { CountField, readCount } from './CountField';

const FIELDS = ['yes', 'no', 'abstain', 'blank', 'invalid'] as const;
type Counts = Record<(typeof FIELDS)[number], string>;

export function SecretTally({ vote, focusFirst }: { vote: VoteState; focusFirst: boolean }) {
  const { t } = useTranslation('assemblies');
  const record = useRpcMutation('assemblies.recordTally');
  const [counts, setCounts] = useState<Counts>(() => ({
    yes: String(vote.tally.yes),
    no: String(vote.tally.no),
    abstain: String(vote.tally.abstain),
    blank: String(vote.tally.blank),
    invalid: String(vote.tally.invalid),
  }));
  const [refusal, setRefusal] = useState<string | null>(null);
  const read = FIELDS.map((f) => readCount(counts[f]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (read.some((c) => c === null)) return;
    const [yes, no, abstain, blank, invalid] = read as number[];
    try {
      await record.mutateAsync({ voteId: vote.id, tally: { yes: yes!, no: no!, abstain: abstain!, blank: blank!, invalid: invalid! } });
      setRefusal(null);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate className="assemblies-tally" onSubmit={(e) => void submit(e)}>
      <p className="assemblies-hint">{t('vote.secretExplain')}</p>
      {vote.warning && (
        <p role="note" className="assemblies-warning">
          {t(`vote.warning.${vote.warning}`, { electorate: vote.electorate })}
        </p>
      )}
      <div className="assemblies-tally__fields">
        {FIELDS.map((field, i) => (
          <CountField
            key={field}
            label={t(`tally.${field}`)}
            value={counts[field]}
            onChange={(text) => setCounts((before) => ({ ...before, [field]: text }))}
            autoFocus={focusFirst && i === 0}
          />
        ))}
      </div>
      <Button type="submit" busy={record.isPending} disabled={read.some((c) => c === null)}>
        {t('vote.recordCount')}
      </Button>
      <p className="assemblies-tally__needed" aria-live="polite">
        {t('vote.needed', { needed: vote.yesNeeded, yes: vote.tally.yes })}
        {' · '}
        {t('vote.counted', { counted: vote.counted, present: vote.present })}
      </p>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
    </form>
  );
}
