/**
 * Moving a motion on the current item; a motion off the agenda is void unless it is one of the statute's
 * exceptions (electing the signatories, calling a new assembly…), so one must be named.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaExceptionKinds, type AgendaExceptionKind } from '../../../../shared/domain/assemblies/kinds';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';

export function MotionForm({ meetingId, itemId }: { meetingId: number; itemId: number | null }) {
  const { t } = useTranslation('assemblies');
  const propose = useRpcMutation('assemblies.propose');
  const [text, setText] = useState('');
  const [by, setBy] = useState('');
  const [exception, setException] = useState<AgendaExceptionKind>(agendaExceptionKinds[0]);
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (text.trim() === '') return;
    try {
      await propose.mutateAsync({ meetingId, itemId, text: text.trim(), proposedBy: by.trim() === '' ? null : by.trim(), exception: itemId === null ? exception : null });
      setText('');
      setBy('');
      setTried(false);
      setRefusal(null);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate className="assemblies-motion-form" onSubmit={(e) => void submit(e)} aria-label={t('motion.new')}>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor="motion-text">
          {t('motion.text')}
        </label>
        <textarea
          id="motion-text"
          className="field__control assemblies-textarea"
          rows={2}
          maxLength={4000}
          value={text}
          aria-invalid={tried && text.trim() === '' ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {tried && text.trim() === '' && <p className="field__error">{t('motion.textNeeded')}</p>}
      </div>
      <div className="assemblies-motion-form__row">
        <Field label={t('motion.proposedBy')} value={by} onChange={(e) => setBy(e.target.value)} maxLength={200} />
        {itemId === null && (
          <Select
            label={t('motion.exception')}
            hint={t('motion.exceptionHint')}
            value={exception}
            onChange={(e) => setException(e.target.value as AgendaExceptionKind)}
            options={agendaExceptionKinds.map((k) => ({ value: k, label: t(`exception.${k}`) }))}
          />
        )}
        <Button type="submit" busy={propose.isPending}>
          {t('motion.propose')}
        </Button>
      </div>
    </form>
  );
}
