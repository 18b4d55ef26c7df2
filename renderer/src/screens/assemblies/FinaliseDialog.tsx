/**
 * Finalising an act: who signs it (AR: the president, the secretary and two members the assembly names),
 * then an explicit confirmation — the act takes the book's next number and can never be changed again.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../../shared/contract/assemblies';
import type { SignatoryRole } from '../../../../shared/domain/assemblies/kinds';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';

const SLOTS: readonly SignatoryRole[] = ['president', 'secretary', 'member', 'member'];

function FinaliseForm({ minutes, date, onClose }: { minutes: Minutes; date: string; onClose: () => void }) {
  const { t } = useTranslation('assemblies');
  const attendance = useRpcQuery('assemblies.attendance', { meetingId: minutes.meetingId });
  const holders = useRpcQuery('assemblies.officeHolders', { date });
  const finalise = useRpcMutation('assemblies.finaliseMinutes');
  const people = [...new Map((attendance.data ?? []).map((a) => [a.memberId, `${a.memberNumber} · ${a.memberName}`])).entries()];
  const holderOf = (role: SignatoryRole) => (holders.data ?? []).find((h) => h.role === role)?.memberId ?? null;
  const [chosen, setChosen] = useState<(number | null)[]>(() => SLOTS.map(() => null));
  const [understood, setUnderstood] = useState(false);
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The office holders sign as such unless the secretary picks someone else.
  const picked = chosen.map((id, i) => id ?? (SLOTS[i] === 'member' ? null : holderOf(SLOTS[i]!)));
  const complete = picked.every((id) => id !== null) && new Set(picked).size === picked.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!complete || !understood) return;
    try {
      await finalise.mutateAsync({ id: minutes.id, signatories: picked.map((memberId, i) => ({ memberId: memberId!, role: SLOTS[i]! })) });
      onClose();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate className="dialog-form" onSubmit={(e) => void submit(e)}>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <p>{t('finalise.signatoriesExplain')}</p>
      {SLOTS.map((_role, i) => (
        <Select
          key={i}
          label={t(`finalise.slot.${i}`)}
          value={picked[i] === null ? '' : String(picked[i])}
          onChange={(e) => setChosen((before) => before.map((id, j) => (j === i ? (e.target.value === '' ? null : Number(e.target.value)) : id)))}
          error={tried && picked[i] === null ? t('finalise.choose') : undefined}
          options={[{ value: '', label: t('finalise.nobody') }, ...people.map(([id, name]) => ({ value: String(id), label: name }))]}
        />
      ))}
      {tried && complete === false && picked.every((id) => id !== null) && <p className="field__error">{t('finalise.twice')}</p>}
      <div className="dialog-form__confirm">
        <p className="dialog-form__confirm-title">{t('finalise.finalTitle')}</p>
        <p>{t('finalise.finalText')}</p>
      </div>
      <Checkbox
        label={t('finalise.understood')}
        checked={understood}
        onChange={(e) => setUnderstood(e.target.checked)}
        error={tried && !understood ? t('finalise.confirmNeeded') : undefined}
      />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="danger" busy={finalise.isPending}>
          {t('finalise.confirm')}
        </Button>
      </div>
    </form>
  );
}

export function FinaliseDialog({ minutes, date, onClose }: { minutes: Minutes | null; date: string; onClose: () => void }) {
  const { t } = useTranslation('assemblies');
  return (
    <Dialog open={minutes !== null} onClose={onClose} title={t('finalise.title')} className="assemblies-dialog">
      {minutes && <FinaliseForm minutes={minutes} date={date} onClose={onClose} />}
    </Dialog>
  );
}
