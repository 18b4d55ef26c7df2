/**
 * Roll call: one row per voter present (and per voter represented by a proxy), called in order of member
 * number. On a row, one key records the vote — Y (or S, sí/sim) for yes, N for no, A to abstain — and the
 * next row takes the focus. Barred members have no row. A second vote by the same member is the service's to
 * refuse, and its sentence is shown. Who has voted comes from the service, so the list survives a reload.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, VoteState } from '../../../../shared/contract/assemblies';
import type { BallotChoice } from '../../../../shared/domain/assemblies/kinds';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';

interface Voter {
  memberId: number;
  memberNumber: number;
  memberName: string;
  /** Who casts this vote for an absent member. */
  by: string | null;
}

export function rollCallVoters(attendance: readonly AttendanceEntry[], vote: VoteState): Voter[] {
  const barred = new Set(vote.barred.map((b) => b.memberId));
  const voters: Voter[] = [];
  for (const entry of attendance) {
    if (entry.outAt !== null || entry.standing !== 'voter') continue;
    if (!barred.has(entry.memberId)) voters.push({ memberId: entry.memberId, memberNumber: entry.memberNumber, memberName: entry.memberName, by: null });
    for (const p of entry.proxyFor) {
      if (!barred.has(p.memberId)) voters.push({ memberId: p.memberId, memberNumber: p.memberNumber, memberName: p.memberName, by: entry.memberName });
    }
  }
  return voters.sort((a, b) => a.memberNumber - b.memberNumber);
}

const keyChoice: Record<string, BallotChoice> = { y: 'yes', s: 'yes', n: 'no', a: 'abstain' };
const choices: readonly BallotChoice[] = ['yes', 'no', 'abstain'];

export function RollCallBallots({ vote, attendance, focusFirst }: { vote: VoteState; attendance: readonly AttendanceEntry[]; focusFirst: boolean }) {
  const { t } = useTranslation('assemblies');
  const cast = useRpcMutation('assemblies.castBallot');
  // The ballots the service holds, plus those cast here before its answer refreshes the vote.
  const [castHere, setCastHere] = useState<ReadonlyMap<number, BallotChoice>>(new Map());
  const cast_ = new Map([...vote.ballots.map((b) => [b.memberId, b.choice] as const), ...castHere]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const voters = rollCallVoters(attendance, vote);
  useEffect(() => {
    if (focusFirst) rows.current[0]?.focus();
  }, [focusFirst]);

  const record = async (index: number, voter: Voter, choice: BallotChoice) => {
    try {
      await cast.mutateAsync({ voteId: vote.id, memberId: voter.memberId, choice });
      setCastHere((before) => new Map(before).set(voter.memberId, choice));
      setRefusal(null);
      rows.current[index + 1]?.focus();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  const onKeyDown = (index: number, voter: Voter) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    const choice = keyChoice[event.key.toLowerCase()];
    if (choice) {
      event.preventDefault();
      void record(index, voter, choice);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      rows.current[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };

  return (
    <div className="assemblies-rollcall">
      <p className="assemblies-hint">{t('vote.rollCallKeys')}</p>
      <p className="assemblies-tally__needed" aria-live="polite">
        {t('vote.counted', { counted: vote.counted, present: vote.present })}
        {' · '}
        {t('vote.needed', { needed: vote.yesNeeded, yes: vote.tally.yes })}
      </p>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <ol className="assemblies-rollcall__list" aria-label={t('vote.rollCallList')}>
        {voters.map((voter, index) => {
          const chosen = cast_.get(voter.memberId);
          const name = `${voter.memberNumber} · ${voter.memberName}`;
          return (
            <li
              key={voter.memberId}
              ref={(el) => {
                rows.current[index] = el;
              }}
              tabIndex={0}
              className="assemblies-rollcall__row"
              aria-label={chosen ? t('vote.rowVoted', { who: name, choice: t(`tally.${chosen}`) }) : name}
              onKeyDown={onKeyDown(index, voter)}
            >
              <span className="assemblies-rollcall__who">
                {name}
                {voter.by && <span className="assemblies-proxy">{t('vote.byProxy', { holder: voter.by })}</span>}
              </span>
              <span className="assemblies-rollcall__choices">
                {choices.map((choice) => (
                  <Button
                    key={choice}
                    variant={chosen === choice ? 'primary' : 'secondary'}
                    aria-pressed={chosen === choice}
                    disabled={chosen !== undefined}
                    tabIndex={-1}
                    aria-label={t('vote.castFor', { choice: t(`tally.${choice}`), who: name })}
                    onClick={() => void record(index, voter, choice)}
                  >
                    {t(`tally.${choice}`)}
                  </Button>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
