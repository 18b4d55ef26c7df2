/**
 * One member's day, record by record: the kind, the hours or the clock times (the hours may be left
 * empty: the span between them counts), a note. Saving replaces the day's records at once; the service's
 * dry run says first what is wrong (an overlap, more than a day, a clock-out before the clock-in).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRecord, RecordEntry } from '../../../../shared/contract/attendance';
import { attendanceKinds, type AttendanceKind } from '../../../../shared/domain/attendance';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { errorText } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { formatMinutes, parseHours } from './hours';

interface Row {
  kind: AttendanceKind;
  hours: string;
  clockIn: string;
  clockOut: string;
  note: string;
}

const rowOf = (r: AttendanceRecord): Row => ({
  kind: r.kind,
  hours: formatMinutes(r.minutes),
  clockIn: r.clockIn ?? '',
  clockOut: r.clockOut ?? '',
  note: r.note ?? '',
});

interface Props {
  memberId: number;
  date: string;
  records: readonly AttendanceRecord[];
  committedMinutes: number;
  /** False outside the membership: the day is shown, not editable. */
  editable: boolean;
}

export function DayEditor({ memberId, date, records, committedMinutes, editable }: Props) {
  const { t, i18n } = useTranslation('attendance');
  const notify = useToast();
  const [rows, setRows] = useState<Row[]>(() => records.map(rowOf));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const update = (i: number, patch: Partial<Row>) => setRows((before) => before.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  const save = async () => {
    const local: string[] = [];
    const entries: RecordEntry[] = rows.map((row, i) => {
      const parsed = row.hours.trim() === '' ? null : parseHours(row.hours, i18n.language);
      if (parsed && !parsed.ok) local.push(t('month.rowProblem', { row: i + 1, problem: t(`grid.invalid.${parsed.reason}`) }));
      if (!parsed && row.clockIn.trim() === '') local.push(t('month.rowProblem', { row: i + 1, problem: t('month.hoursOrClock') }));
      return {
        kind: row.kind,
        minutes: parsed?.ok ? parsed.minutes : null,
        clockIn: row.clockIn.trim() === '' ? null : row.clockIn.trim(),
        clockOut: row.clockOut.trim() === '' ? null : row.clockOut.trim(),
        note: row.note,
      };
    });
    setProblems(local);
    if (local.length > 0) return;
    setBusy(true);
    try {
      const cells = [{ memberId, date, records: entries }];
      const check = await call('attendance.checkGrid', { cells });
      if (check.problems.length > 0) {
        setProblems(check.problems.map((p) => errorText(t, { key: p.key, message: p.message, params: p.params })));
        return;
      }
      await call('attendance.saveGrid', { cells });
      notify(t('month.daySaved', { date: formatDate(date, i18n.language, { day: 'numeric', month: 'long' }) }), 'success');
    } catch (error) {
      setProblems([failureText(t, error)]);
    } finally {
      setBusy(false);
    }
  };

  const title = formatDate(date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section className="day-editor" aria-labelledby="attendance-day-title">
      <h2 id="attendance-day-title" className="day-editor__title">
        {title}
      </h2>
      <p className="day-editor__committed">
        {committedMinutes > 0 ? t('month.committedDay', { hours: formatMinutes(Math.round(committedMinutes)) }) : t('month.dayOff')}
      </p>
      {!editable && <p>{t('month.notMemberDay')}</p>}
      {problems.length > 0 && (
        <ul role="alert" className="day-editor__problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {rows.length === 0 && <p>{t('month.noRecords')}</p>}
      {rows.map((row, i) => (
        <fieldset key={i} className="day-editor__record" disabled={!editable}>
          <legend>{t('month.record', { number: i + 1 })}</legend>
          <label className="field">
            <span className="field__label">{t('month.kind')}</span>
            <select className="field__control" value={row.kind} onChange={(e) => update(i, { kind: e.target.value as AttendanceKind })}>
              {attendanceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--short">
            <span className="field__label">{t('month.hours')}</span>
            <input className="field__control" value={row.hours} inputMode="decimal" onChange={(e) => update(i, { hours: e.target.value })} />
          </label>
          <label className="field field--short">
            <span className="field__label">{t('month.clockIn')}</span>
            <input className="field__control" value={row.clockIn} placeholder="08:00" onChange={(e) => update(i, { clockIn: e.target.value })} />
          </label>
          <label className="field field--short">
            <span className="field__label">{t('month.clockOut')}</span>
            <input className="field__control" value={row.clockOut} placeholder="16:00" onChange={(e) => update(i, { clockOut: e.target.value })} />
          </label>
          <label className="field day-editor__note">
            <span className="field__label">{t('month.note')}</span>
            <input className="field__control" value={row.note} maxLength={300} onChange={(e) => update(i, { note: e.target.value })} />
          </label>
          <Button variant="ghost" onClick={() => setRows((before) => before.filter((_, j) => j !== i))}>
            {t('month.removeRecord', { number: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {editable && (
        <div className="day-editor__actions">
          <Button onClick={() => setRows((before) => [...before, { kind: 'work', hours: '', clockIn: '', clockOut: '', note: '' }])}>{t('month.addRecord')}</Button>
          <Button variant="primary" onClick={() => void save()} busy={busy}>
            {rows.length === 0 && records.length > 0 ? t('month.clearDay') : t('month.saveDay')}
          </Button>
        </div>
      )}
    </section>
  );
}
