/**
 * A meeting's convocation details: kind, date and time of the first call, place, and whether people meet
 * in person, remotely or both. The calls after the first follow from the statute (shown once saved).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKinds, meetingModes, type MeetingKind, type MeetingMode } from '../../../../shared/domain/assemblies/kinds';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { DateField } from '../../components/DateField';
import { failureIssues, failureText, issueText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { TimeField } from './TimeField';

export interface MeetingDetails {
  kind: MeetingKind;
  date: string;
  time: string;
  place: string;
  mode: MeetingMode;
  remoteAccess: string | null;
  capitalUpToDate: boolean;
}

interface Props {
  initial: MeetingDetails | null;
  submitLabel: string;
  busy: boolean;
  onSubmit: (details: MeetingDetails) => Promise<void>;
  onCancel: () => void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function MeetingForm({ initial, submitLabel, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('assemblies');
  const [kind, setKind] = useState<MeetingKind>(initial?.kind ?? 'ordinary');
  const [date, setDate] = useState<string | null>(initial?.date ?? null);
  const [time, setTime] = useState<string | null>(initial?.time ?? null);
  const [place, setPlace] = useState(initial?.place ?? '');
  const [mode, setMode] = useState<MeetingMode>(initial?.mode ?? 'in_person');
  const [remoteAccess, setRemoteAccess] = useState(initial?.remoteAccess ?? '');
  const [capitalUpToDate, setCapitalUpToDate] = useState(initial?.capitalUpToDate ?? false);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const issues = failureIssues(failure);
  const serverIssue = (field: string) => issueText(t, issues.find((issue) => issue.path[0] === field)?.message);
  const dateError = tried && (date === null || !ISO.test(date)) ? t('form.dateNeeded') : serverIssue('date');
  const timeError = tried && time === null ? t('form.timeNeeded') : serverIssue('time');
  const placeError = tried && place.trim() === '' ? t('form.placeNeeded') : serverIssue('place');
  const remote = mode !== 'in_person';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (date === null || !ISO.test(date) || time === null || place.trim() === '') return;
    try {
      await onSubmit({ kind, date, time, place: place.trim(), mode, remoteAccess: remote && remoteAccess.trim() !== '' ? remoteAccess.trim() : null, capitalUpToDate });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form noValidate className="assemblies-form" onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter}>
      {failure !== null && issues.length === 0 && (
        <p role="alert" className="form-error-summary">
          {failureText(t, failure)}
        </p>
      )}
      <Select
        label={t('fields.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as MeetingKind)}
        options={meetingKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      <div className="assemblies-form__row">
        <DateField label={t('fields.date')} value={date} onChange={setDate} required error={dateError} />
        <TimeField label={t('fields.firstCall')} value={time} onChange={setTime} required error={timeError} hint={t('form.callsHint')} />
      </div>
      <Field label={t('fields.place')} value={place} onChange={(e) => setPlace(e.target.value)} required error={placeError} maxLength={200} />
      <Select
        label={t('fields.mode')}
        value={mode}
        onChange={(e) => setMode(e.target.value as MeetingMode)}
        options={meetingModes.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
      />
      {remote && (
        <Field
          label={t('fields.remoteAccess')}
          hint={t('form.remoteAccessHint')}
          value={remoteAccess}
          onChange={(e) => setRemoteAccess(e.target.value)}
          maxLength={300}
          error={serverIssue('remoteAccess')}
        />
      )}
      {kind !== 'council' && (
        <Checkbox
          label={t('fields.capitalUpToDate')}
          hint={t('form.capitalUpToDateHint')}
          checked={capitalUpToDate}
          onChange={(e) => setCapitalUpToDate(e.target.checked)}
        />
      )}
      <div className="assemblies-form__actions">
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
