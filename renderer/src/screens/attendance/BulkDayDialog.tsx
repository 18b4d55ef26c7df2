/**
 * A day for everyone at once (a national holiday, an assembly): asks before writing, then says who was
 * recorded and who was left as they were because they already had a record that day.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { bulkDayResult } from '../../../../shared/contract/attendance';
import { attendanceKinds, type AttendanceKind } from '../../../../shared/domain/attendance';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';
import { formatDate, formatNumber } from '../../i18n/format';
import { parseHours } from './hours';

type Result = z.infer<typeof bulkDayResult>;

export function BulkDayDialog({ open, onClose, defaultDate }: { open: boolean; onClose: () => void; defaultDate: string }) {
  const { t, i18n } = useTranslation('attendance');
  const bulk = useRpcMutation('attendance.bulkDay');
  const [date, setDate] = useState<string | null>(defaultDate);
  const [kind, setKind] = useState<AttendanceKind>('holiday');
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();

  const parsed = hours.trim() === '' ? null : parseHours(hours, i18n.language);
  const hoursError = parsed && !parsed.ok ? t(`grid.invalid.${parsed.reason}`) : undefined;
  const validDate = date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);

  const close = () => {
    setConfirming(false);
    setResult(null);
    setRefusal(null);
    setDateError(undefined);
    onClose();
  };

  const ask = () => {
    setDateError(validDate ? undefined : t('bulk.dateNeeded'));
    if (validDate && !hoursError) setConfirming(true);
  };

  const run = async () => {
    if (!validDate) return;
    setRefusal(null);
    try {
      const minutes = parsed?.ok ? parsed.minutes : null;
      setResult(await bulk.mutateAsync({ date, kind, minutes, note }));
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      setRefusal(failureText(t, error));
    }
  };

  const when = validDate ? formatDate(date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) : '';
  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('bulk.title')}
      className="dialog--wide"
      footer={
        result ? (
          // Each step's first button takes the focus the previous step's button had: it is gone.
          <Button variant="primary" onClick={close} autoFocus>
            {t('bulk.close')}
          </Button>
        ) : confirming ? (
          <>
            <Button onClick={() => setConfirming(false)} autoFocus>
              {t('bulk.back')}
            </Button>
            <Button variant="primary" onClick={() => void run()} busy={bulk.isPending}>
              {t('bulk.confirm', { kind: t(`kinds.${kind}`) })}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close}>{t('bulk.cancel')}</Button>
            <Button variant="primary" onClick={ask}>
              {t('bulk.review')}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <div role="status" className="bulk-result">
          <p>{t('bulk.recorded', { count: result.recorded, members: formatNumber(result.recorded, i18n.language), date: when })}</p>
          {result.skipped.length > 0 && (
            <>
              <p>{t('bulk.skipped', { count: result.skipped.length })}</p>
              <ul className="bulk-result__skipped">
                {result.skipped.map((m) => (
                  <li key={m.memberId}>{`${m.memberNumber} · ${m.name}`}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : confirming ? (
        <p>
          {hours.trim() === ''
            ? t('bulk.confirmCommitted', { kind: t(`kinds.${kind}`), date: when })
            : t('bulk.confirmHours', { kind: t(`kinds.${kind}`), date: when, hours: hours.trim() })}
        </p>
      ) : (
        <div className="dialog-form">
          <p>{t('bulk.explain')}</p>
          <DateField label={t('bulk.date')} value={date} onChange={setDate} error={dateError} required />
          <Select
            label={t('bulk.kind')}
            value={kind}
            options={attendanceKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            onChange={(e) => setKind(e.target.value as AttendanceKind)}
          />
          <label className={`field${hoursError ? ' field--invalid' : ''}`}>
            <span className="field__label">{t('bulk.hours')}</span>
            <span className="field__hint">{t('bulk.hoursHint')}</span>
            <input className="field__control field__control--short" value={hours} onChange={(e) => setHours(e.target.value)} inputMode="decimal" aria-invalid={hoursError ? true : undefined} />
            {hoursError && <span className="field__error">{hoursError}</span>}
          </label>
          <label className="field">
            <span className="field__label">{t('bulk.note')}</span>
            <input className="field__control" value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
          </label>
        </div>
      )}
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
    </Dialog>
  );
}
