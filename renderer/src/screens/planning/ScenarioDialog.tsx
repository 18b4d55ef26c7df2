/** A named what-if: an extra shift, a machine down, demand × factor for a season, a longer supplier lead time, or an operation sent to a partner. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioKinds, type ScenarioKind } from '../../../../shared/contract/planning';
import type { Input } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { readNumber, readWhole, Refusal } from './form-parts';
import { readTime } from './time';

type Params = NonNullable<Input<'planning.saveScenario'>['params']>;

function ScenarioForm({ onClose, onSaved }: { onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('planning');
  const workcenters = useRpcQuery('planning.workcenters', {});
  const items = useRpcQuery('planning.items', {});
  const products = useRpcQuery('planning.products', {});
  const partners = useRpcQuery('planning.partners', {});
  const save = useRpcMutation('planning.saveScenario');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ScenarioKind>('extra-shift');
  const [wc, setWc] = useState('');
  const [item, setItem] = useState('');
  const [product, setProduct] = useState('');
  const [partner, setPartner] = useState('');
  const [operation, setOperation] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [weekday, setWeekday] = useState('6');
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('12:00');
  const [lanes, setLanes] = useState('1');
  const [factor, setFactor] = useState('1.5');
  const [days, setDays] = useState('7');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pick = (value: string, first: { id: number } | undefined) => (value || (first ? String(first.id) : ''));
  const wcId = pick(wc, workcenters.data?.[0]);
  const itemId = pick(item, items.data?.[0]);
  const productId = pick(product, products.data?.[0]);
  const partnerId = pick(partner, partners.data?.[0]);
  const ops = products.data?.find((p) => String(p.id) === productId)?.operations ?? [];
  const opCode = operation || ops[0]?.code || '';
  const date = (d: string | null) => (d && d.length === 10 ? d : null);

  const params = (): Params | null => {
    switch (kind) {
      case 'extra-shift': {
        const s = readTime(start);
        const e = readTime(end);
        if (!wcId || s === null || e === null || e <= s) return null;
        return { workcenterId: Number(wcId), weekday: Number(weekday), startMinute: s, endMinute: e, from: date(from), to: date(to) };
      }
      case 'machine-down': {
        const n = readWhole(lanes, 1, 1000);
        if (!wcId || n === null) return null;
        return { workcenterId: Number(wcId), lanes: n, from: date(from), to: date(to) };
      }
      case 'demand-factor': {
        const f = readNumber(factor);
        if (f === null || f <= 0 || f > 100) return null;
        return { factor: f, from: date(from), to: date(to), productId: null };
      }
      case 'supplier-delay': {
        const n = readWhole(days, 0, 3650);
        if (!itemId || n === null) return null;
        return { itemId: Number(itemId), extraDays: n };
      }
      case 'outsource':
        if (!productId || !partnerId || !opCode) return null;
        return { productId: Number(productId), partnerId: Number(partnerId), operation: opCode };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const p = params();
    if (name.trim() === '' || p === null) return;
    try {
      const saved = await save.mutateAsync({ id: null, name, kind, params: p });
      onSaved(saved.name);
    } catch (e) {
      setError(e);
    }
  };

  const options = <T extends { id: number }>(rows: T[] | undefined, label: (r: T) => string) => (rows ?? []).map((r) => ({ value: String(r.id), label: label(r) }));
  const invalid = tried && params() === null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <Field label={t('scenarios.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('form.needed') : undefined} />
      <Select label={t('scenarios.kind')} value={kind} options={scenarioKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} onChange={(e) => setKind(e.target.value as ScenarioKind)} />
      <p className="planning-hint">{t(`kindHint.${kind}`)}</p>
      {(kind === 'extra-shift' || kind === 'machine-down') && (
        <Select label={t('shop.workcenter')} value={wcId} options={options(workcenters.data, (w) => `${w.code} · ${w.name}`)} onChange={(e) => setWc(e.target.value)} />
      )}
      {kind === 'extra-shift' && (
        <div className="dialog-form__row">
          <Select label={t('shop.weekday')} value={weekday} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`weekday.${d}`) }))} onChange={(e) => setWeekday(e.target.value)} />
          <Field label={t('shop.from')} value={start} placeholder="08:00" onChange={(e) => setStart(e.target.value)} error={invalid ? t('form.time') : undefined} />
          <Field label={t('shop.to')} value={end} placeholder="12:00" onChange={(e) => setEnd(e.target.value)} />
        </div>
      )}
      {kind === 'machine-down' && <Field label={t('scenarios.lanesLost')} inputMode="numeric" value={lanes} onChange={(e) => setLanes(e.target.value)} error={invalid ? t('form.whole') : undefined} />}
      {kind === 'demand-factor' && <Field label={t('scenarios.factor')} hint={t('scenarios.factorHint')} inputMode="decimal" value={factor} onChange={(e) => setFactor(e.target.value)} error={invalid ? t('form.positive') : undefined} />}
      {(kind === 'extra-shift' || kind === 'machine-down' || kind === 'demand-factor') && (
        <div className="dialog-form__row">
          <DateField label={t('scenarios.fromDate')} value={from} onChange={setFrom} />
          <DateField label={t('scenarios.toDate')} value={to} onChange={setTo} />
        </div>
      )}
      {kind === 'supplier-delay' && (
        <>
          <Select label={t('products.item')} value={itemId} options={options(items.data, (i) => `${i.code} · ${i.name}`)} onChange={(e) => setItem(e.target.value)} />
          <Field label={t('scenarios.extraDays')} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} error={invalid ? t('form.whole') : undefined} />
        </>
      )}
      {kind === 'outsource' && (
        <>
          <Select label={t('orders.product')} value={productId} options={options(products.data, (p) => `${p.code} · ${p.name}`)} onChange={(e) => setProduct(e.target.value)} />
          <Select label={t('scenarios.operation')} value={opCode} options={ops.map((o) => ({ value: o.code, label: `${o.code} · ${o.name}` }))} onChange={(e) => setOperation(e.target.value)} />
          <Select label={t('shop.partner')} value={partnerId} options={options(partners.data, (p) => p.name)} onChange={(e) => setPartner(e.target.value)} />
        </>
      )}
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function ScenarioDialog({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={open} onClose={onClose} title={t('scenarios.new')}>
      {open && <ScenarioForm onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
