/**
 * A product: its routing (operations in order; an operation may name the ones it follows, for parallel
 * branches, wait after itself for drying or curing, or be sent to a partner) and its bill of materials
 * (purchased items and other products). The service refuses cycles and impossible operations; its
 * sentence is shown as it comes, in the reader's language.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../../shared/contract/planning';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { moneySeparators } from '../../../../shared/domain/money-parse';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { readMoney } from '../../components/MoneyField';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { useMoney } from '../../components/use-coop-money';
import { numberText, readList, readNumber, readWhole, Refusal } from './form-parts';

interface OpText {
  code: string;
  name: string;
  place: string;
  setup: string;
  run: string;
  skill: string;
  wait: string;
  lead: string;
  cost: string;
  after: string;
}
interface MaterialText {
  source: string;
  qty: string;
}

const blankOp = (place: string): OpText => ({ code: '', name: '', place, setup: '0', run: '0', skill: '', wait: '0', lead: '0', cost: '', after: '' });

function ProductForm({ editing, onClose, onSaved }: { editing: ProductView | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t, i18n } = useTranslation('planning');
  const money = useMoney();
  const workcenters = useRpcQuery('planning.workcenters', {});
  const partners = useRpcQuery('planning.partners', {});
  const items = useRpcQuery('planning.items', {});
  const products = useRpcQuery('planning.products', {});
  const save = useRpcMutation('planning.saveProduct');
  const places = [
    ...(workcenters.data ?? []).map((w) => ({ value: `wc:${w.id}`, label: `${w.code} · ${w.name}` })),
    ...(partners.data ?? []).map((p) => ({ value: `partner:${p.id}`, label: t('products.sendTo', { name: p.name }) })),
  ];
  const sources = [
    ...(items.data ?? []).map((i) => ({ value: `item:${i.id}`, label: `${i.code} · ${i.name} (${i.unit})` })),
    ...(products.data ?? []).filter((p) => p.id !== editing?.id).map((p) => ({ value: `product:${p.id}`, label: t('products.made', { code: p.code, name: p.name }) })),
  ];
  const decimal = (minor: number) => minorToDecimal(minor, money.minorDigits).replace('.', moneySeparators(money.locale).decimal);
  const [code, setCode] = useState(editing?.code ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [ops, setOps] = useState<OpText[]>(
    editing?.operations.map((o) => ({
      code: o.code,
      name: o.name,
      place: o.workcenterId !== null ? `wc:${o.workcenterId}` : `partner:${o.partnerId}`,
      setup: String(o.setupMinutes),
      run: numberText(o.runMinutesPerUnit, i18n.language),
      skill: o.skill ?? '',
      wait: String(o.waitAfterMinutes),
      lead: String(o.leadTimeDays),
      cost: o.costMinor ? decimal(o.costMinor) : '',
      after: o.after?.join(', ') ?? '',
    })) ?? [blankOp('')],
  );
  const [materials, setMaterials] = useState<MaterialText[]>(editing?.materials.map((m) => ({ source: m.itemId !== null ? `item:${m.itemId}` : `product:${m.productId}`, qty: numberText(m.qty, i18n.language) })) ?? []);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const placeOf = (o: OpText) => o.place || places[0]?.value || '';
  const opProblems = ops.map((o) => ({
    code: o.code.trim() === '',
    name: o.name.trim() === '',
    place: placeOf(o) === '',
    setup: readWhole(o.setup, 0, 1_000_000) === null,
    run: (readNumber(o.run) ?? -1) < 0,
    wait: readWhole(o.wait, 0, 1_000_000) === null,
    lead: readWhole(o.lead, 0, 3650) === null,
    cost: o.cost.trim() !== '' && readMoney(o.cost, money.locale, money.minorDigits) === null,
  }));
  const materialProblems = materials.map((m) => ({ source: (m.source || sources[0]?.value || '') === '', qty: (readNumber(m.qty) ?? 0) <= 0 }));
  const bad = (x: Record<string, boolean>) => Object.values(x).some(Boolean);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (code.trim() === '' || name.trim() === '' || opProblems.some(bad) || materialProblems.some(bad)) return;
    try {
      const saved = await save.mutateAsync({
        id: editing?.id ?? null,
        code,
        name,
        operations: ops.map((o) => {
          const [kind, id] = placeOf(o).split(':');
          const after = readList(o.after);
          return {
            code: o.code.trim(),
            name: o.name.trim(),
            workcenterId: kind === 'wc' ? Number(id) : null,
            partnerId: kind === 'partner' ? Number(id) : null,
            setupMinutes: readWhole(o.setup, 0, 1_000_000)!,
            runMinutesPerUnit: readNumber(o.run)!,
            skill: o.skill.trim() || null,
            waitAfterMinutes: readWhole(o.wait, 0, 1_000_000)!,
            leadTimeDays: readWhole(o.lead, 0, 3650)!,
            costMinor: o.cost.trim() === '' ? 0 : readMoney(o.cost, money.locale, money.minorDigits)!,
            after: after.length > 0 ? after : null,
          };
        }),
        materials: materials.map((m) => {
          const [kind, id] = (m.source || sources[0]!.value).split(':');
          return { itemId: kind === 'item' ? Number(id) : null, productId: kind === 'product' ? Number(id) : null, qty: readNumber(m.qty)! };
        }),
      });
      onSaved(saved.code);
    } catch (e) {
      setError(e);
    }
  };

  const setOp = (i: number, patch: Partial<OpText>) => setOps(ops.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const setMaterial = (i: number, patch: Partial<MaterialText>) => setMaterials(materials.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const show = (problem: boolean, text: string) => (tried && problem ? text : undefined);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <div className="dialog-form__row">
        <Field label={t('products.code')} value={code} maxLength={40} required onChange={(e) => setCode(e.target.value)} error={show(code.trim() === '', t('form.needed'))} />
        <Field label={t('products.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={show(name.trim() === '', t('form.needed'))} />
      </div>
      <h3>{t('products.routing')}</h3>
      <p className="planning-hint">{t('products.routingHint')}</p>
      {ops.map((o, i) => {
        const partner = placeOf(o).startsWith('partner:');
        const p = opProblems[i]!;
        return (
          <fieldset key={i} className="planning-op">
            <legend>{t('products.opN', { n: i + 1 })}</legend>
            <div className="planning-op__grid">
              <Field label={t('products.opCode')} value={o.code} maxLength={40} onChange={(e) => setOp(i, { code: e.target.value })} error={show(p.code, t('form.needed'))} />
              <Field label={t('products.opName')} value={o.name} maxLength={120} onChange={(e) => setOp(i, { name: e.target.value })} error={show(p.name, t('form.needed'))} />
              <Select label={t('products.place')} value={placeOf(o)} options={places} onChange={(e) => setOp(i, { place: e.target.value })} error={show(p.place, t('products.placeNeeded'))} />
              {partner ? (
                <>
                  <Field label={t('products.leadDays')} inputMode="numeric" value={o.lead} onChange={(e) => setOp(i, { lead: e.target.value })} error={show(p.lead, t('form.whole'))} />
                  <Field label={t('products.cost', { currency: money.currency })} inputMode="decimal" value={o.cost} onChange={(e) => setOp(i, { cost: e.target.value })} error={show(p.cost, t('form.amount'))} />
                </>
              ) : (
                <>
                  <Field label={t('products.setup')} inputMode="numeric" value={o.setup} onChange={(e) => setOp(i, { setup: e.target.value })} error={show(p.setup, t('form.whole'))} />
                  <Field label={t('products.run')} inputMode="decimal" value={o.run} onChange={(e) => setOp(i, { run: e.target.value })} error={show(p.run, t('form.number'))} />
                  <Field label={t('products.skill')} hint={t('products.skillHint')} value={o.skill} maxLength={80} onChange={(e) => setOp(i, { skill: e.target.value })} />
                </>
              )}
              <Field label={t('products.wait')} inputMode="numeric" value={o.wait} onChange={(e) => setOp(i, { wait: e.target.value })} error={show(p.wait, t('form.whole'))} />
              <Field label={t('products.after')} hint={t('products.afterHint')} value={o.after} onChange={(e) => setOp(i, { after: e.target.value })} />
            </div>
            <Button variant="ghost" aria-label={t('products.removeOp', { n: i + 1 })} onClick={() => setOps(ops.filter((_, j) => j !== i))}>
              {t('actions.remove')}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => setOps([...ops, blankOp('')])}>{t('products.addOp')}</Button>
      <h3>{t('products.materials')}</h3>
      {materials.map((m, i) => (
        <div key={i} className="planning-rows__row">
          <Select label={t('products.material')} value={m.source || sources[0]?.value || ''} options={sources} onChange={(e) => setMaterial(i, { source: e.target.value })} />
          <Field label={t('products.qtyPerUnit')} inputMode="decimal" value={m.qty} onChange={(e) => setMaterial(i, { qty: e.target.value })} error={show(materialProblems[i]!.qty, t('form.positive'))} />
          <Button variant="ghost" aria-label={t('products.removeMaterial', { n: i + 1 })} onClick={() => setMaterials(materials.filter((_, j) => j !== i))}>
            {t('actions.remove')}
          </Button>
        </div>
      ))}
      <Button disabled={sources.length === 0} onClick={() => setMaterials([...materials, { source: '', qty: '1' }])}>
        {t('products.addMaterial')}
      </Button>
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function ProductDialog({ editing, onClose, onSaved }: { editing: ProductView | 'new' | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing === 'new' ? t('products.new') : t('products.edit')} className="dialog--planning">
      {editing !== null && <ProductForm editing={editing === 'new' ? null : editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
