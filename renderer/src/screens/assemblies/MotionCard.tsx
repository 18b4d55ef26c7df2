/** One motion: its text and who moved it, then either how it will be voted (to open the vote) or the vote itself. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, Motion } from '../../../../shared/contract/assemblies';
import { voteModes, type VoteMode } from '../../../../shared/domain/assemblies/kinds';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import { VotePanel } from './VotePanel';

export function MotionCard({ motion, attendance, canVote }: { motion: Motion; attendance: readonly AttendanceEntry[]; canVote: boolean }) {
  const { t } = useTranslation('assemblies');
  const open = useRpcMutation('assemblies.openVote');
  const [mode, setMode] = useState<VoteMode>('hands');
  const [refusal, setRefusal] = useState<string | null>(null);
  // A vote opened here takes the focus to its first count; one found open on arriving does not scroll the page to it.
  const [justOpened, setJustOpened] = useState(false);
  return (
    <article className="assemblies-motion" aria-label={t('motion.label', { text: motion.text.slice(0, 80) })}>
      <p className="assemblies-motion__text">{motion.text}</p>
      <p className="assemblies-hint">
        {[motion.proposedBy && t('motion.by', { who: motion.proposedBy }), motion.exception && t(`exception.${motion.exception}`), t(`matter.${motion.matter}`)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {motion.vote ? (
        <VotePanel vote={motion.vote} attendance={attendance} focusFirst={justOpened} />
      ) : (
        canVote && (
          <div className="assemblies-motion__open">
            <Select
              label={t('vote.mode')}
              value={mode}
              onChange={(e) => setMode(e.target.value as VoteMode)}
              options={voteModes.map((m) => ({ value: m, label: t(`voteMode.${m}`) }))}
            />
            <Button
              variant="primary"
              busy={open.isPending}
              onClick={() => {
                setRefusal(null);
                open.mutateAsync({ motionId: motion.id, mode }).then(
                  () => setJustOpened(true),
                  (error: unknown) => setRefusal(failureText(t, error)),
                );
              }}
            >
              {t('vote.open')}
            </Button>
          </div>
        )
      )}
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
    </article>
  );
}
