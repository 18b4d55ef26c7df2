/**
 * A motion's vote while it is open: the rule it will be decided by, who is barred from it and why, the
 * count in the chosen mode, and closing — which freezes electorate, presence and tally for good.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, VoteState } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { failureText } from '../../components/ErrorMessage';
import { HandsTally } from './HandsTally';
import { RollCallBallots } from './RollCallBallots';
import { SecretTally } from './SecretTally';
import { VoteResult } from './VoteResult';

export function VotePanel({ vote, attendance, focusFirst }: { vote: VoteState; attendance: readonly AttendanceEntry[]; focusFirst: boolean }) {
  const { t } = useTranslation('assemblies');
  const close = useRpcMutation('assemblies.closeVote');
  const [confirming, setConfirming] = useState(false);
  const [unsettled, setUnsettled] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onProblem = useCallback((problem: boolean) => setUnsettled(problem), []);

  if (vote.status === 'closed') return <VoteResult vote={vote} />;
  return (
    <div className="assemblies-vote">
      <p className="assemblies-vote__mode">
        <strong>{t(`voteMode.${vote.mode}`)}</strong> · {t('vote.electorate', { electorate: vote.electorate, present: vote.present })}
      </p>
      <p className="assemblies-vote__rule">
        {vote.rule} <span className="assemblies-hint">— {vote.basis}</span>
      </p>
      {vote.barred.length > 0 && (
        <div className="assemblies-barred">
          <p>{t('vote.barred', { count: vote.barred.length })}</p>
          <ul>
            {vote.barred.map((b) => (
              <li key={b.memberId}>
                {b.memberNumber} · {b.memberName} <span className="assemblies-hint">— {b.basis}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {vote.mode === 'hands' && <HandsTally vote={vote} onProblem={onProblem} focusFirst={focusFirst} />}
      {vote.mode === 'secret' && <SecretTally vote={vote} focusFirst={focusFirst} />}
      {vote.mode === 'roll_call' && <RollCallBallots vote={vote} attendance={attendance} focusFirst={focusFirst} />}
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <Button variant="primary" disabled={vote.mode === 'hands' && unsettled} onClick={() => setConfirming(true)}>
        {t('vote.close')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('vote.closeTitle')}
        confirmLabel={t('vote.closeConfirm')}
        busy={close.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setRefusal(null);
          close.mutateAsync({ id: vote.id }).catch((error: unknown) => setRefusal(failureText(t, error)));
        }}
      >
        <p>{t('vote.closeText', { yes: vote.tally.yes, no: vote.tally.no, abstain: vote.tally.abstain })}</p>
      </ConfirmDialog>
    </div>
  );
}
