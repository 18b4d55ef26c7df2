/**
 * Corrects one entry of the status history entered by mistake: its right status and date, or voids it,
 * always with the reason. Nothing is rewritten: the service appends a correcting record, audited.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/contract/members';
import { isIsoDate } from '../../../../shared/domain/dates';
import { memberStatuses, type MemberStatus } from '../../../../shared/domain/members';
import { RpcFailure } from '../../api/client';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { errorText } from '../../i18n';
import { formatDate } from '../../i18n/format';

interface Props {
  /** The entry being corrected; null while the dialog is closed. */
  entry: HistoryEntry | null;
  onClose: () => void;
  onCorrected: () => void;
}

type FormProps = Omit<Props, 'entry'> & { entry: HistoryEntry };

/** The dialog's content, mounted afresh for each entry, starting from the entry as it stands. */
function CorrectionForm({ entry, onClose, onCorrected }: FormProps) {
  const { t, i18n } = useTranslation('members');
  const [action, setAction] = useState<'amend' | 'void'>('amend');
  const [status, setStatus] = useState<MemberStatus>(entry.status);
  const [date, setDate] = useState<string | null>(entry.effectiveDate);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const correct = useRpcMutation('members.correctStatusChange');

  useEffect(() => {
    if (refusal) alertRef.current?.focus();
  }, [refusal]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setRefusal(t('correction.reasonNeeded'));
      return;
    }
    if (action === 'amend' && (date === null || !isIsoDate(date))) {
      setRefusal(t('statusDialog.dateNeeded'));
      return;
    }
    try {
      await correct.mutateAsync({
        changeId: entry.id,
        action,
        status: action === 'amend' ? status : null,
        date: action === 'amend' ? date : null,
        reason,
      });
      onCorrected();
    } catch (error) {
      if (!(error instanceof RpcFailure)) throw error;
      setRefusal(errorText(t, error.error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <p>
        {t('correction.entry', { status: t(`status.${entry.status}`), date: formatDate(entry.effectiveDate, i18n.language) })}
      </p>
      <p className="field__hint">{t('correction.hint')}</p>
      {refusal && (
        <p ref={alertRef} tabIndex={-1} role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <fieldset className="dialog-form__choice">
        <legend>{t('correction.what')}</legend>
        {(['amend', 'void'] as const).map((choice) => (
          <label key={choice} className="dialog-form__radio">
            <input type="radio" name="correction-action" value={choice} checked={action === choice} onChange={() => setAction(choice)} />
            {t(`correction.${choice}`)}
          </label>
        ))}
      </fieldset>
      {action === 'amend' && (
        <>
          <Select
            label={t('correction.status')}
            value={status}
            options={memberStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(e) => setStatus(e.target.value as MemberStatus)}
          />
          <DateField label={t('correction.date')} value={date} onChange={setDate} required />
        </>
      )}
      <Field label={t('correction.reason')} value={reason} required maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('form.cancel')}</Button>
        <Button type="submit" variant="primary" busy={correct.isPending}>
          {t('correction.save')}
        </Button>
      </div>
    </form>
  );
}

export function CorrectionDialog({ entry, onClose, onCorrected }: Props) {
  const { t } = useTranslation('members');
  return (
    <Dialog open={entry !== null} title={t('correction.title')} onClose={onClose}>
      {entry && <CorrectionForm key={entry.id} entry={entry} onClose={onClose} onCorrected={onCorrected} />}
    </Dialog>
  );
}
