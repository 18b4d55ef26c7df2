/** The item's speakers list: members in the room ask for the floor by number (or name), speak in order, and are ticked off. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, RollEntry } from '../../../../shared/contract/assemblies';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { findOnRoll } from './roll-search';

export function SpeakersPanel({ itemId, attendance }: { itemId: number; attendance: readonly AttendanceEntry[] }) {
  const { t } = useTranslation('assemblies');
  const id = useId();
  const speakers = useRpcQuery('assemblies.speakers', { itemId });
  const add = useRpcMutation('assemblies.addSpeaker');
  const done = useRpcMutation('assemblies.speakerDone');
  const remove = useRpcMutation('assemblies.removeSpeaker');
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  // Only those in the room may ask for the floor: search among them as on the roll.
  const inRoom: RollEntry[] = attendance
    .filter((a) => a.outAt === null)
    .map((a) => ({ memberId: a.memberId, memberNumber: a.memberNumber, memberName: a.memberName, standing: a.standing, reason: null }));
  const match = findOnRoll(inRoom, text);
  const found = match.kind === 'number' ? match.entry : match.kind === 'name' && match.entries.length === 1 ? match.entries[0]! : null;

  const run = async (action: () => Promise<unknown>) => {
    setRefusal(null);
    try {
      await action();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!found) {
      setRefusal(text.trim() === '' ? null : t('speakers.notInRoom'));
      return;
    }
    void run(async () => {
      await add.mutateAsync({ itemId, memberId: found.memberId });
      setText('');
    });
  };

  const waiting = (speakers.data ?? []).filter((s) => !s.spoke);
  const spoke = (speakers.data ?? []).filter((s) => s.spoke);
  return (
    <section className="assemblies-speakers" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('speakers.title')}</h3>
      <form noValidate className="assemblies-inline-form" onSubmit={submit}>
        <label className="field__label" htmlFor={`${id}-who`}>
          {t('speakers.add')}
        </label>
        <input id={`${id}-who`} className="field__control" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-found`} />
        <Button type="submit" busy={add.isPending}>
          {t('speakers.addButton')}
        </Button>
        <span id={`${id}-found`} className="assemblies-hint">
          {found ? `${found.memberNumber} · ${found.memberName}` : ''}
        </span>
      </form>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      {waiting.length === 0 ? (
        <p className="assemblies-hint">{t('speakers.none')}</p>
      ) : (
        <ol className="assemblies-speakers__list">
          {waiting.map((s) => (
            <li key={s.id}>
              <span>
                {s.memberNumber} · {s.memberName}
              </span>
              <Button onClick={() => void run(() => done.mutateAsync({ id: s.id }))} aria-label={t('speakers.doneWho', { who: s.memberName })}>
                {t('speakers.done')}
              </Button>
              <Button variant="ghost" onClick={() => void run(() => remove.mutateAsync({ id: s.id }))} aria-label={t('speakers.removeWho', { who: s.memberName })}>
                ×
              </Button>
            </li>
          ))}
        </ol>
      )}
      {spoke.length > 0 && <p className="assemblies-hint">{t('speakers.spoke', { names: spoke.map((s) => s.memberName).join(', ') })}</p>}
    </section>
  );
}
