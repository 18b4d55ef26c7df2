/** A work centre: its identical lanes, efficiency, weekly shifts and dated exceptions (holidays, closures, extra shifts). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exceptionKinds, type WorkcenterView } from '../../../../shared/contract/planning';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { numberText, readNumber, readWhole, Refusal } from './form-parts';
import { readTime, timeText } from './time';

type Kind = (typeof exceptionKinds)[number];
interface ShiftText {
  weekday: string;
  start: string;
  end: string;
}
interface ExceptionText {
  date: string | null;
  kind: Kind;
  start: string;
  end: string;
}
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const OFFICE: ShiftText[] = [1, 2, 3, 4, 5].map((d) => ({ weekday: String(d), start: '08:00', end: '17:00' }));

function WorkcenterForm({ editing, onClose, onSaved }: { editing: WorkcenterView | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t, i18n } = useTranslation('planning');
  const save = useRpcMutation('planning.saveWorkcenter');
  const [code, setCode] = useState(editing?.code ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [lanes, setLanes] = useState(String(editing?.lanes ?? 1));
  const [efficiency, setEfficiency] = useState(numberText(editing?.efficiency ?? 1, i18n.language));
  const [shifts, setShifts] = useState<ShiftText[]>(editing ? editing.shifts.map((s) => ({ weekday: String(s.weekday), start: timeText(s.start), end: timeText(s.end) })) : OFFICE);
  const [exceptions, setExceptions] = useState<ExceptionText[]>(editing ? editing.exceptions.map((e) => ({ date: e.date, kind: e.kind, start: timeText(e.start), end: timeText(e.end) })) : []);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const laneCount = readWhole(lanes, 0, 1000);
  const factor = readNumber(efficiency);
  const shiftOk = (s: { start: string; end: string }) => {
    const a = readTime(s.start);
    const b = readTime(s.end);
    return a !== null && b !== null && b > a;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (code.trim() === '' || name.trim() === '' || laneCount === null || factor === null || factor <= 0 || factor > 10) return;
    if (!shifts.every(shiftOk) || !exceptions.every((e) => e.date && e.date.length === 10 && shiftOk(e))) return;
    try {
      const saved = await save.mutateAsync({
        id: editing?.id ?? null,
        code,
        name,
        lanes: laneCount,
        efficiency: factor,
        shifts: shifts.map((s) => ({ weekday: Number(s.weekday), start: readTime(s.start)!, end: readTime(s.end)! })),
        exceptions: exceptions.map((e) => ({ date: e.date!, kind: e.kind, start: readTime(e.start)!, end: readTime(e.end)!, note: null })),
      });
      onSaved(saved.code);
    } catch (e) {
      setError(e);
    }
  };

  const setShift = (i: number, patch: Partial<ShiftText>) => setShifts(shifts.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setException = (i: number, patch: Partial<ExceptionText>) => setExceptions(exceptions.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <div className="dialog-form__row">
        <Field label={t('shop.code')} value={code} maxLength={40} required onChange={(e) => setCode(e.target.value)} error={tried && code.trim() === '' ? t('form.needed') : undefined} />
        <Field label={t('shop.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('form.needed') : undefined} />
      </div>
      <div className="dialog-form__row">
        <Field label={t('shop.lanes')} hint={t('shop.lanesHint')} inputMode="numeric" value={lanes} onChange={(e) => setLanes(e.target.value)} error={tried && laneCount === null ? t('form.whole') : undefined} />
        <Field label={t('shop.efficiency')} hint={t('shop.efficiencyHint')} inputMode="decimal" value={efficiency} onChange={(e) => setEfficiency(e.target.value)} error={tried && (factor === null || factor <= 0 || factor > 10) ? t('shop.efficiencyInvalid') : undefined} />
      </div>
      <fieldset className="planning-rows">
        <legend>{t('shop.shifts')}</legend>
        {shifts.map((s, i) => (
          <div key={i} className="planning-rows__row">
            <Select label={t('shop.weekday')} value={s.weekday} options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekday.${d}`) }))} onChange={(e) => setShift(i, { weekday: e.target.value })} />
            <Field label={t('shop.from')} value={s.start} onChange={(e) => setShift(i, { start: e.target.value })} error={tried && !shiftOk(s) ? t('form.timeRange') : undefined} />
            <Field label={t('shop.to')} value={s.end} onChange={(e) => setShift(i, { end: e.target.value })} />
            <Button variant="ghost" aria-label={t('shop.removeShift', { n: i + 1 })} onClick={() => setShifts(shifts.filter((_, j) => j !== i))}>
              {t('actions.remove')}
            </Button>
          </div>
        ))}
        <Button onClick={() => setShifts([...shifts, { weekday: '6', start: '08:00', end: '12:00' }])}>{t('shop.addShift')}</Button>
      </fieldset>
      <fieldset className="planning-rows">
        <legend>{t('shop.exceptions')}</legend>
        {exceptions.map((x, i) => (
          <div key={i} className="planning-rows__row">
            <DateField label={t('shop.date')} value={x.date} onChange={(date) => setException(i, { date })} error={tried && !(x.date && x.date.length === 10) ? t('form.dateNeeded') : undefined} />
            <Select label={t('shop.exceptionKind')} value={x.kind} options={exceptionKinds.map((k) => ({ value: k, label: t(`exception.${k}`) }))} onChange={(e) => setException(i, { kind: e.target.value as Kind })} />
            <Field label={t('shop.from')} value={x.start} onChange={(e) => setException(i, { start: e.target.value })} error={tried && !shiftOk(x) ? t('form.timeRange') : undefined} />
            <Field label={t('shop.to')} value={x.end} onChange={(e) => setException(i, { end: e.target.value })} />
            <Button variant="ghost" aria-label={t('shop.removeException', { n: i + 1 })} onClick={() => setExceptions(exceptions.filter((_, j) => j !== i))}>
              {t('actions.remove')}
            </Button>
          </div>
        ))}
        <Button onClick={() => setExceptions([...exceptions, { date: null, kind: 'holiday', start: '00:00', end: '24:00' }])}>{t('shop.addException')}</Button>
      </fieldset>
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function WorkcenterDialog({ editing, onClose, onSaved }: { editing: WorkcenterView | 'new' | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing === 'new' ? t('shop.new') : t('shop.edit')} className="dialog--planning">
      {editing !== null && <WorkcenterForm editing={editing === 'new' ? null : editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
