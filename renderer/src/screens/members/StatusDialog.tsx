/**
 * Records a status change: only the statuses the lifecycle allows from the current one are offered, and
 * the change is checked with the same rule the service applies before it is sent.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/members';
import { localToday } from '../../../../shared/domain/dates';
import { checkTransition, isLeaving, nextStatuses, type MemberStatus } from '../../../../shared/domain/members';
import { RpcFailure } from '../../api/client';
import { useRpcMutation } from '../../api/queries';
import { errorText } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

interface Props {
  member: Member;
  open: boolean;
  onClose: () => void;
  onChanged: (status: MemberStatus) => void;
}

export function StatusDialog({ member, open, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation('members');
  const id = useId();
  const options = nextStatuses(member.status);
  const [status, setStatus] = useState<MemberStatus | ''>('');
  const [date, setDate] = useState(localToday());
  const [cause, setCause] = useState('');
  const [resolution, setResolution] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const change = useRpcMutation('members.changeStatus');

  useEffect(() => {
    if (!open) return;
    setStatus(options[0] ?? '');
    setDate(localToday());
    setCause('');
    setResolution('');
    setRefusal(null);
    // Reset only when the dialog opens; the offered statuses cannot change while it is open.
  }, [open]);

  useEffect(() => {
    if (refusal) alertRef.current?.focus();
  }, [refusal]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === '') return;
    const check = checkTransition({ from: member.status, to: status, date, lastChange: member.statusSince, cause, resolution });
    if (check) {
      const params = check.reason === 'before_last_change' ? { lastChange: formatDate(check.lastChange, i18n.language) } : {};
      setRefusal(t(`errors.transition.${check.reason}`, { ns: 'errors', ...params }));
      return;
    }
    try {
      await change.mutateAsync({ id: member.id, status, date, cause: cause || null, resolution: resolution || null });
      onChanged(status);
    } catch (error) {
      if (!(error instanceof RpcFailure)) throw error;
      setRefusal(errorText(t, error.error));
    }
  };

  const leaving = status !== '' && isLeaving(status);
  const needsResolution = status === 'excluded';
  return (
    <Dialog open={open} title={t('statusDialog.title')} onClose={onClose}>
      <form noValidate onSubmit={submit} className="status-form">
        <p>{t('statusDialog.current', { status: t(`status.${member.status}`), since: formatDate(member.statusSince, i18n.language) })}</p>
        {refusal && (
          <p ref={alertRef} tabIndex={-1} role="alert" className="form-error-summary">
            {refusal}
          </p>
        )}
        <div className="form-row">
          <label htmlFor={`${id}-status`}>{t('statusDialog.newStatus')}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as MemberStatus)}>
            {options.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-date`}>{t('statusDialog.date')}</label>
          <input id={`${id}-date`} type="date" value={date} aria-required="true" onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-cause`}>
            {t('statusDialog.cause')}
            {leaving && <span aria-hidden="true">{' *'}</span>}
          </label>
          <input id={`${id}-cause`} type="text" value={cause} aria-required={leaving} maxLength={300} onChange={(e) => setCause(e.target.value)} />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-resolution`}>
            {t('statusDialog.resolution')}
            {needsResolution && <span aria-hidden="true">{' *'}</span>}
          </label>
          <input
            id={`${id}-resolution`}
            type="text"
            value={resolution}
            aria-required={needsResolution}
            aria-describedby={`${id}-resolution-hint`}
            maxLength={200}
            onChange={(e) => setResolution(e.target.value)}
          />
          <p id={`${id}-resolution-hint`} className="form-row__hint">
            {t('statusDialog.resolutionHint')}
          </p>
        </div>
        <div className="dialog__footer">
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="submit" variant="primary" busy={change.isPending}>
            {t('statusDialog.record')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
