/** What takes capacity away from a lane: a preventive maintenance plan (every N weeks or N run-hours) and a breakdown. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkcenterView } from '../../../../shared/contract/planning';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { readNumber, readWhole, Refusal } from './form-parts';
import { readTime } from './time';

function laneOptions(wc: WorkcenterView, label: (n: number) => string) {
  return Array.from({ length: Math.max(wc.lanes, 1) }, (_, i) => ({ value: String(i), label: label(i + 1) }));
}

function MaintenanceForm({ wc, onClose, onSaved }: { wc: WorkcenterView; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('planning');
  const save = useRpcMutation('planning.saveMaintenance');
  const [name, setName] = useState('');
  const [lane, setLane] = useState('0');
  const [period, setPeriod] = useState<'weeks' | 'hours'>('weeks');
  const [every, setEvery] = useState('4');
  const [hours, setHours] = useState('2');
  const [first, setFirst] = useState<string | null>(null);
  const [start, setStart] = useState('08:00');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const n = readWhole(every, 1, period === 'weeks' ? 520 : 100_000);
  const duration = readNumber(hours);
  const minutes = duration === null ? null : Math.round(duration * 60);
  const at = readTime(start);
  const durationOk = minutes !== null && minutes >= 1 && minutes <= 7 * 1440;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '' || n === null || !durationOk || !first || first.length !== 10 || at === null || at >= 1440) return;
    try {
      const saved = await save.mutateAsync({
        id: null,
        workcenterId: wc.id,
        lane: Number(lane),
        name,
        everyWeeks: period === 'weeks' ? n : null,
        everyRunHours: period === 'hours' ? n : null,
        durationMinutes: minutes!,
        firstDate: first,
        startMinute: at,
      });
      onSaved(saved.name);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <Field label={t('maintenance.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('form.needed') : undefined} />
      <div className="dialog-form__row">
        <Select label={t('shop.lane')} value={lane} options={laneOptions(wc, (n) => t('shop.laneN', { n }))} onChange={(e) => setLane(e.target.value)} />
        <Select
          label={t('maintenance.period')}
          value={period}
          options={[
            { value: 'weeks', label: t('maintenance.everyWeeks') },
            { value: 'hours', label: t('maintenance.everyRunHours') },
          ]}
          onChange={(e) => setPeriod(e.target.value as 'weeks' | 'hours')}
        />
        <Field label={t('maintenance.every')} inputMode="numeric" value={every} onChange={(e) => setEvery(e.target.value)} error={tried && n === null ? t('form.whole') : undefined} />
      </div>
      <div className="dialog-form__row">
        <DateField label={t('maintenance.first')} value={first} onChange={setFirst} required error={tried && !(first && first.length === 10) ? t('form.dateNeeded') : undefined} />
        <Field label={t('maintenance.at')} value={start} onChange={(e) => setStart(e.target.value)} error={tried && (at === null || at >= 1440) ? t('form.time') : undefined} />
        <Field label={t('maintenance.hours')} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} error={tried && !durationOk ? t('form.positive') : undefined} />
      </div>
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

function BreakdownForm({ wc, onClose, onSaved }: { wc: WorkcenterView; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('planning');
  const save = useRpcMutation('planning.logBreakdown');
  const [lane, setLane] = useState('0');
  const [fromDate, setFromDate] = useState<string | null>(null);
  const [fromTime, setFromTime] = useState('08:00');
  const [toDate, setToDate] = useState<string | null>(null);
  const [toTime, setToTime] = useState('17:00');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const moment = (date: string | null, time: string) => {
    const m = readTime(time);
    return date && date.length === 10 && m !== null && m < 1440 ? `${date}T${time.trim().padStart(5, '0')}` : null;
  };
  const from = moment(fromDate, fromTime);
  const to = toDate ? moment(toDate, toTime) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (from === null || (toDate && to === null)) return;
    try {
      await save.mutateAsync({ workcenterId: wc.id, lane: Number(lane), from, to, note: note.trim() || null });
      onSaved(wc.code);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <Select label={t('shop.lane')} value={lane} options={laneOptions(wc, (n) => t('shop.laneN', { n }))} onChange={(e) => setLane(e.target.value)} />
      <div className="dialog-form__row">
        <DateField label={t('breakdown.fromDate')} value={fromDate} onChange={setFromDate} required error={tried && from === null ? t('form.dateNeeded') : undefined} />
        <Field label={t('breakdown.fromTime')} value={fromTime} onChange={(e) => setFromTime(e.target.value)} />
      </div>
      <div className="dialog-form__row">
        <DateField label={t('breakdown.toDate')} hint={t('breakdown.toHint')} value={toDate} onChange={setToDate} error={tried && toDate && to === null ? t('form.dateNeeded') : undefined} />
        <Field label={t('breakdown.toTime')} value={toTime} onChange={(e) => setToTime(e.target.value)} />
      </div>
      <Field label={t('breakdown.note')} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export type BlockEditing = { kind: 'maintenance' | 'breakdown'; wc: WorkcenterView } | null;

export function BlockDialog({ editing, onClose, onSaved }: { editing: BlockEditing; onClose: () => void; onSaved: (kind: 'maintenance' | 'breakdown', name: string) => void }) {
  const { t } = useTranslation('planning');
  const title = editing ? t(editing.kind === 'maintenance' ? 'maintenance.new' : 'breakdown.new', { wc: editing.wc.code }) : '';
  return (
    <Dialog open={editing !== null} onClose={onClose} title={title}>
      {editing?.kind === 'maintenance' && <MaintenanceForm wc={editing.wc} onClose={onClose} onSaved={(name) => onSaved('maintenance', name)} />}
      {editing?.kind === 'breakdown' && <BreakdownForm wc={editing.wc} onClose={onClose} onSaved={(name) => onSaved('breakdown', name)} />}
    </Dialog>
  );
}
