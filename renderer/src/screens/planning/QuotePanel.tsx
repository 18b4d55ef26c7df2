/** "When can we deliver?": one tentative order planned against the current plan, which it does not change. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { readNumber, Refusal } from './form-parts';
import { usePlanSettings } from './plan-settings';
import { formatAt } from './time';

export function QuotePanel() {
  const { t, i18n } = useTranslation('planning');
  const { settings } = usePlanSettings();
  const products = useRpcQuery('planning.products', {});
  const quote = useRpcMutation('planning.quote');
  const [productId, setProductId] = useState('');
  const [qty, setQty] = useState('1');
  const [release, setRelease] = useState<string | null>(null);
  const [priority, setPriority] = useState('1');
  const quantity = readNumber(qty);
  const product = productId || String(products.data?.[0]?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!product || quantity === null || quantity <= 0) return;
    quote.mutate({ productId: Number(product), qty: quantity, release: release && release.length === 10 ? release : null, priority: Number(priority), start: settings.start, weeks: settings.weeks });
  };
  const answer = quote.data;
  return (
    <section className="planning-panel" aria-labelledby="planning-quote-title">
      <h2 id="planning-quote-title">{t('quote.title')}</h2>
      <p className="planning-hint">{t('quote.description')}</p>
      <form className="planning-controls" noValidate onSubmit={submit}>
        <Select label={t('orders.product')} value={product} options={(products.data ?? []).map((p) => ({ value: String(p.id), label: `${p.code} · ${p.name}` }))} onChange={(e) => setProductId(e.target.value)} />
        <Field label={t('orders.qty')} inputMode="decimal" value={qty} onChange={(e) => setQty(e.target.value)} error={quantity === null || quantity <= 0 ? t('form.positive') : undefined} />
        <DateField label={t('quote.release')} value={release} onChange={setRelease} />
        <Select label={t('orders.priority')} value={priority} options={Array.from({ length: 10 }, (_, i) => ({ value: String(i), label: String(i) }))} onChange={(e) => setPriority(e.target.value)} />
        <Button type="submit" variant="primary" busy={quote.isPending} disabled={!product}>
          {t('quote.ask')}
        </Button>
      </form>
      <Refusal error={quote.error} />
      <div role="status" className="planning-quote">
        {answer && (
          <>
            <p className="planning-quote__answer">{t('quote.answer', { at: formatAt(answer.endAt, i18n.language) })}</p>
            {answer.reasons.length > 0 && <p>{t('quote.reasons', { reasons: answer.reasons.map((r) => t(`reason.${r}`, { defaultValue: r })).join(', ') })}</p>}
            {answer.purchases.length > 0 && (
              <p>
                {t('quote.purchases', {
                  list: answer.purchases.map((p) => t('quote.purchase', { item: p.item, qty: new Intl.NumberFormat(i18n.language).format(p.qty), by: formatAt(p.orderBy, i18n.language) })).join('; '),
                })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
