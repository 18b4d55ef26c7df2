/**
 * Show of hands: the secretary types yes, no and abstain as the hands are counted; each complete tally is
 * recorded at once, so the projector follows and the service says how many yes votes are needed — or why the
 * counts cannot be right (more hands than voters present), in which case nothing is recorded.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteState } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { failureText } from '../../components/ErrorMessage';
import { CountField, readCount } from './CountField';

/** Long enough to let a two-digit count be typed whole, short enough to feel live on the projector. */
const SETTLE_MS = 350;

export function HandsTally({ vote, onProblem, focusFirst }: { vote: VoteState; onProblem: (problem: boolean) => void; focusFirst: boolean }) {
  const { t } = useTranslation('assemblies');
  const record = useRpcMutation('assemblies.recordTally');
  const [yes, setYes] = useState(String(vote.tally.yes));
  const [no, setNo] = useState(String(vote.tally.no));
  const [abstain, setAbstain] = useState(String(vote.tally.abstain));
  const [refusal, setRefusal] = useState<string | null>(null);
  const counts = [readCount(yes), readCount(no), readCount(abstain)] as const;
  const complete = counts.every((c) => c !== null);
  const recorded = counts[0] === vote.tally.yes && counts[1] === vote.tally.no && counts[2] === vote.tally.abstain;

  useEffect(() => {
    onProblem(!complete || !recorded || refusal !== null);
  }, [complete, recorded, refusal, onProblem]);

  useEffect(() => {
    if (!complete || recorded) return undefined;
    const timer = setTimeout(() => {
      record
        .mutateAsync({ voteId: vote.id, tally: { yes: counts[0]!, no: counts[1]!, abstain: counts[2]!, blank: 0, invalid: 0 } })
        .then(() => setRefusal(null))
        .catch((error: unknown) => setRefusal(failureText(t, error)));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
    // Only what was typed starts a recording; the mutation object changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [yes, no, abstain, complete, recorded]);

  return (
    <div className="assemblies-tally">
      <div className="assemblies-tally__fields">
        <CountField label={t('tally.yes')} value={yes} onChange={setYes} autoFocus={focusFirst} />
        <CountField label={t('tally.no')} value={no} onChange={setNo} />
        <CountField label={t('tally.abstain')} value={abstain} onChange={setAbstain} />
      </div>
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
    </div>
  );
}
