/** /planning/products: what the coop makes (routings and bills of materials) and what it buys (items with stock and lead times). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import type { ProductView } from '../../../../shared/contract/planning';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { ItemDialog } from './ItemDialog';
import { PlanningNav } from './PlanningNav';
import { ProductDialog } from './ProductDialog';

type Item = Output<'planning.items'>[number];

export function ProductsScreen() {
  const { t, i18n } = useTranslation('planning');
  const notify = useToast();
  const products = useRpcQuery('planning.products', {});
  const items = useRpcQuery('planning.items', {});
  const workcenters = useRpcQuery('planning.workcenters', {});
  const partners = useRpcQuery('planning.partners', {});
  const [product, setProduct] = useState<ProductView | 'new' | null>(null);
  const [item, setItem] = useState<Item | 'new' | null>(null);
  const wcCode = new Map((workcenters.data ?? []).map((w) => [w.id, w.code]));
  const partnerName = new Map((partners.data ?? []).map((p) => [p.id, p.name]));
  const add = (
    <Button variant="primary" onClick={() => setProduct('new')}>
      {t('products.new')}
    </Button>
  );
  return (
    <section className="planning-screen">
      <PageHeader title={t('products.title')} description={t('products.description')} actions={add} />
      <PlanningNav />
      <QueryState query={products}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('products.emptyTitle')} action={add}>
              <p>{t('products.empty')}</p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('products.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('products.code')}</th>
                  <th scope="col">{t('products.name')}</th>
                  <th scope="col">{t('products.routing')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('orders.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.code}</th>
                    <td>{p.name}</td>
                    <td>{p.operations.map((o) => `${o.code} (${o.workcenterId !== null ? wcCode.get(o.workcenterId) : partnerName.get(o.partnerId!)})`).join(' → ')}</td>
                    <td>
                      <Button variant="ghost" onClick={() => setProduct(p)} aria-label={t('products.editLabel', { code: p.code })}>
                        {t('actions.edit')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <section className="planning-panel" aria-labelledby="planning-items">
        <div className="planning-panel__head">
          <h2 id="planning-items">{t('items.title')}</h2>
          <Button onClick={() => setItem('new')}>{t('items.new')}</Button>
        </div>
        <QueryState query={items}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="planning-hint">{t('items.empty')}</p>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">{t('items.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('items.code')}</th>
                    <th scope="col">{t('items.name')}</th>
                    <th scope="col" className="data-table__number">{t('items.onHand')}</th>
                    <th scope="col" className="data-table__number">{t('items.lead')}</th>
                    <th scope="col">{t('items.supplier')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('orders.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">{i.code}</th>
                      <td>{i.name}</td>
                      <td className="data-table__number">{`${new Intl.NumberFormat(i18n.language).format(i.onHand)} ${i.unit}`}</td>
                      <td className="data-table__number">{i.leadTimeDays}</td>
                      <td>{i.supplier ?? ''}</td>
                      <td>
                        <Button variant="ghost" onClick={() => setItem(i)} aria-label={t('items.editLabel', { code: i.code })}>
                          {t('actions.edit')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      </section>
      <ProductDialog
        editing={product}
        onClose={() => setProduct(null)}
        onSaved={(code) => {
          setProduct(null);
          notify(t('products.saved', { code }), 'success');
        }}
      />
      <ItemDialog
        editing={item}
        onClose={() => setItem(null)}
        onSaved={(code) => {
          setItem(null);
          notify(t('items.saved', { code }), 'success');
        }}
      />
    </section>
  );
}
