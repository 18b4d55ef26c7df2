/**
 * Records a status change: only the statuses the lifecycle allows from the current one are offered, the
 * change is checked with the same rule the service applies before it is sent, and a date after today is
 * recorded only once the person confirms it (up to the margin the members settings allow).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/members';
import { isIsoDate, localToday } from '../../../../shared/domain/dates';
import { checkTransition, isLeaving, latestStatusDate, nextStatuses, type MemberStatus } from '../../../../shared/domain/members';
import { RpcFailure } from '../../api/client';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { errorText } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';

interface Props {
  member: Member;
  open: boolean;
  onClose: () => void;
  onChanged: (status: MemberStatus) => void;
}

/** The dialog's content, mounted afresh each time it opens, so every opening starts from today and the first status. */
function StatusForm({ member, onClose, onChanged }: Omit<Props, 'open'>) {
  const { t, i18n } = useTranslation('members');
  const options = nextStatuses(member.status);
  const [status, setStatus] = useState<MemberStatus | ''>(options[0] ?? '');
  const [date, setDate] = useState<string | null>(localToday());
  const [cause, setCause] = useState('');
  const [resolution, setResolution] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmingFuture, setConfirmingFuture] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const change = useRpcMutation('members.changeStatus');
  const settings = useRpcQuery('members.settings', {});

  useEffect(() => {
    if (refusal) alertRef.current?.focus();
  }, [refusal]);
  useEffect(() => {
    if (confirmingFuture) confirmRef.current?.focus();
  }, [confirmingFuture]);

  const record = async (day: string) => {
    if (status === '') return;
    try {
      await change.mutateAsync({ id: member.id, status, date: day, cause: cause || null, resolution: resolution || null });
      onChanged(status);
    } catch (error) {
      if (!(error instanceof RpcFailure)) throw error;
      setConfirmingFuture(false);
      setRefusal(errorText(t, error.error));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status === '') return;
    if (date === null || !isIsoDate(date)) {
      setRefusal(t('statusDialog.dateNeeded'));
      return;
    }
    const check = checkTransition({ from: member.status, to: status, date, lastChange: member.statusSince, cause, resolution });
    if (check) {
      const params = check.reason === 'before_last_change' ? { lastChange: formatDate(check.lastChange, i18n.language) } : {};
      setRefusal(t(`errors.transition.${check.reason}`, params));
      return;
    }
    // Beyond the margin the service refuses it; said here at once, with the last day allowed.
    const latest = latestStatusDate(localToday(), settings.data?.statusFutureMarginDays ?? 0);
    if (date > latest) {
      setRefusal(t('errors.transition.too_far_ahead', { latest: formatDate(latest, i18n.language) }));
      return;
    }
    setRefusal(null);
    if (date > localToday() && !confirmingFuture) setConfirmingFuture(true);
    else void record(date);
  };

  const leaving = status !== '' && isLeaving(status);
  const needsResolution = status === 'excluded';
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    setConfirmingFuture(false);
    set(value);
  };

  return (
    <form noValidate onSubmit={submit} onKeyDown={submitOnEnter} className="dialog-form">
      <p>{t('statusDialog.current', { status: t(`status.${member.status}`), since: formatDate(member.statusSince, i18n.language) })}</p>
      {refusal && (
        <p ref={alertRef} tabIndex={-1} role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <Select
        label={t('statusDialog.newStatus')}
        value={status}
        options={options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(e) => edit(setStatus)(e.target.value as MemberStatus)}
      />
      <DateField label={t('statusDialog.date')} value={date} onChange={edit(setDate)} required />
      <Field label={t('statusDialog.cause')} value={cause} required={leaving} maxLength={300} onChange={(e) => setCause(e.target.value)} />
      <Field
        label={t('statusDialog.resolution')}
        value={resolution}
        required={needsResolution}
        hint={t('statusDialog.resolutionHint')}
        maxLength={200}
        onChange={(e) => setResolution(e.target.value)}
      />
      {confirmingFuture && date !== null && (
        <div ref={confirmRef} tabIndex={-1} role="alert" className="dialog-form__confirm">
          <p className="dialog-form__confirm-title">{t('statusDialog.futureTitle')}</p>
          <p>{t('statusDialog.futureMessage', { date: formatDate(date, i18n.language, { dateStyle: 'long' }) })}</p>
        </div>
      )}
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('form.cancel')}</Button>
        <Button type="submit" variant="primary" busy={change.isPending}>
          {confirmingFuture ? t('statusDialog.futureConfirm') : t('statusDialog.record')}
        </Button>
      </div>
    </form>
  );
}

export function StatusDialog({ member, open, onClose, onChanged }: Props) {
  const { t } = useTranslation('members');
  return (
    <Dialog open={open} title={t('statusDialog.title')} onClose={onClose}>
      <StatusForm member={member} onClose={onClose} onChanged={onChanged} />
    </Dialog>
  );
}
