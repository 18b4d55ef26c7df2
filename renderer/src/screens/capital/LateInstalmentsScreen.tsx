/** /capital/late: instalments past their due date on a given day, oldest first, each a link to the member's account. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { formatNumber } from '../../i18n/format';
import { bookDate } from './book-date';
import { CapitalNav } from './CapitalNav';
import { ForfeitDialog, type LateInstalment } from './ForfeitDialog';
import { useMoney } from '../../components/use-coop-money';

export function LateInstalmentsScreen() {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const [asOf, setAsOf] = useState<string | null>(localToday());
  const whole = asOf !== null && /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const late = useRpcQuery('capital.lateInstalments', { asOf: whole ? asOf : '' }, { enabled: whole });
  const notify = useToast();
  const [forfeiting, setForfeiting] = useState<LateInstalment | null>(null);
  return (
    <section className="capital-screen">
      <PageHeader title={t('late.title')} description={t('late.description')} />
      <CapitalNav />
      <DateField label={t('late.asOf')} value={asOf} onChange={setAsOf} />
      {whole && (
        <QueryState query={late}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState title={t('late.emptyTitle')}>
                <p>{t('late.empty')}</p>
              </EmptyState>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">{t('late.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('register.member')}</th>
                    <th scope="col" className="data-table__number">
                      {t('fields.instalment')}
                    </th>
                    <th scope="col">{t('fields.dueDate')}</th>
                    <th scope="col" className="data-table__number">
                      {t('late.due')}
                    </th>
                    <th scope="col" className="data-table__number">
                      {t('late.daysLate')}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">{t('account.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.subscriptionId}-${r.number}`}>
                      <td>
                        <Link to={`/capital/members/${r.memberId}`}>
                          {r.memberNumber} · {r.memberName}
                        </Link>
                      </td>
                      <td className="data-table__number">{r.number}</td>
                      <td>{bookDate(r.dueDate, money.locale)}</td>
                      <td className="data-table__number">{money.format(r.dueMinor)}</td>
                      <td className="data-table__number">{formatNumber(r.daysLate, money.locale)}</td>
                      <td>
                        <Button variant="ghost" onClick={() => setForfeiting(r)} aria-label={t('forfeit.label', { number: r.memberNumber })}>
                          {t('forfeit.action')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      )}
      <ForfeitDialog
        late={forfeiting}
        onClose={() => setForfeiting(null)}
        onDone={(message) => {
          setForfeiting(null);
          notify(message, 'success');
        }}
      />
    </section>
  );
}
