/** An order's form: product, quantity, release and due dates, priority class, and (once saved) its status. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { orderStatuses, type OrderStatus } from '../../../../shared/contract/planning';
import type { Output } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { numberText, readNumber, Refusal } from './form-parts';

type Order = Output<'planning.orders'>[number];

function OrderForm({ editing, onClose, onSaved }: { editing: Order | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t, i18n } = useTranslation('planning');
  const products = useRpcQuery('planning.products', {});
  const save = useRpcMutation('planning.saveOrder');
  const setStatus = useRpcMutation('planning.setOrderStatus');
  const [code, setCode] = useState(editing?.code ?? '');
  const [productId, setProductId] = useState(editing ? String(editing.productId) : '');
  const [qty, setQty] = useState(editing ? numberText(editing.qty, i18n.language) : '1');
  const [release, setRelease] = useState<string | null>(editing?.release.slice(0, 10) ?? null);
  const [due, setDue] = useState<string | null>(editing?.due.slice(0, 10) ?? null);
  const [priority, setPriority] = useState(String(editing?.priority ?? 1));
  const [customer, setCustomer] = useState(editing?.customer ?? '');
  const [status, setStatusValue] = useState<OrderStatus>(editing?.status ?? 'planned');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const quantity = readNumber(qty);
  const product = productId || String(products.data?.[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (code.trim() === '' || !product || quantity === null || quantity <= 0 || !release || !due) return;
    try {
      const saved = await save.mutateAsync({ id: editing?.id ?? null, code, productId: Number(product), qty: quantity, release, due, priority: Number(priority), customer: customer.trim() || null });
      if (editing && status !== editing.status) await setStatus.mutateAsync({ id: saved.id, status });
      onSaved(saved.code);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <div className="dialog-form__row">
        <Field label={t('orders.code')} value={code} maxLength={40} required onChange={(e) => setCode(e.target.value)} error={tried && code.trim() === '' ? t('form.needed') : undefined} />
        <Select
          label={t('orders.product')}
          value={product}
          options={(products.data ?? []).map((p) => ({ value: String(p.id), label: `${p.code} · ${p.name}` }))}
          onChange={(e) => setProductId(e.target.value)}
          error={tried && !product ? t('orders.productNeeded') : undefined}
        />
      </div>
      <div className="dialog-form__row">
        <Field label={t('orders.qty')} inputMode="decimal" value={qty} required onChange={(e) => setQty(e.target.value)} error={tried && (quantity === null || quantity <= 0) ? t('form.positive') : undefined} />
        <Select label={t('orders.priority')} hint={t('orders.priorityHint')} value={priority} options={Array.from({ length: 10 }, (_, i) => ({ value: String(i), label: String(i) }))} onChange={(e) => setPriority(e.target.value)} />
      </div>
      <div className="dialog-form__row">
        <DateField label={t('orders.release')} value={release} onChange={setRelease} required error={tried && !release ? t('form.dateNeeded') : undefined} />
        <DateField label={t('orders.due')} value={due} onChange={setDue} required error={tried && !due ? t('form.dateNeeded') : undefined} />
      </div>
      <Field label={t('orders.customer')} value={customer} maxLength={120} onChange={(e) => setCustomer(e.target.value)} />
      {editing && (
        <Select
          label={t('orders.status')}
          hint={t('orders.statusHint')}
          value={status}
          options={orderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(e) => setStatusValue(e.target.value as OrderStatus)}
        />
      )}
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending || setStatus.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function OrderDialog({ editing, onClose, onSaved }: { editing: Order | 'new' | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing === 'new' ? t('orders.new') : t('orders.edit')}>
      {editing !== null && <OrderForm editing={editing === 'new' ? null : editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
