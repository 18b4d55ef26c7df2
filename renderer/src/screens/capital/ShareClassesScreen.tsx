/**
 * /capital/classes: the share classes. The refund right (automatic, refusable by the council, prohibited)
 * decides whether the class's capital is equity or a liability; the table shows which the books use.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareClass } from '../../../../shared/contract/capital';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { formatPercent } from '../../i18n/format';
import { CapitalNav } from './CapitalNav';
import { ShareClassDialog } from './ShareClassDialog';
import { useMoney } from '../../components/use-coop-money';

export function ShareClassesScreen() {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const notify = useToast();
  const classes = useRpcQuery('capital.classes', {});
  const [editing, setEditing] = useState<ShareClass | 'new' | null>(null);
  const add = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('classes.new')}
    </Button>
  );
  return (
    <section className="capital-screen">
      <PageHeader title={t('classes.title')} description={t('classes.description')} actions={add} />
      <CapitalNav />
      <QueryState query={classes}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('classes.emptyTitle')} action={add}>
              <p>{t('classes.empty')}</p>
            </EmptyState>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t('classes.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('classes.name')}</th>
                  <th scope="col" className="data-table__number">
                    {t('classes.nominal')}
                  </th>
                  <th scope="col" className="data-table__number">
                    {t('classes.minimum')}
                  </th>
                  <th scope="col" className="data-table__number">
                    {t('classes.minimumPaidNow')}
                  </th>
                  <th scope="col">{t('classes.refundRight')}</th>
                  <th scope="col">{t('classes.presentation')}</th>
                  <th scope="col">{t('classes.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('account.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td className="data-table__number">{money.format(c.nominalMinor)}</td>
                    <td className="data-table__number">{money.format(c.minimumSubscriptionMinor)}</td>
                    <td className="data-table__number">{formatPercent(c.minimumPaidNow, money.locale)}</td>
                    <td>{t(`refundRight.${c.refundRight}`)}</td>
                    <td>{t(`presentation.${c.presentation}`)}</td>
                    <td>{c.active ? t('classes.active') : t('classes.inactive')}</td>
                    <td>
                      <Button variant="ghost" onClick={() => setEditing(c)} aria-label={t('classes.editLabel', { name: c.name })}>
                        {t('classes.edit')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      <ShareClassDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          notify(t('classes.saved', { name }), 'success');
        }}
      />
    </section>
  );
}
