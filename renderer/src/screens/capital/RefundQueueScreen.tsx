/**
 * /capital/refunds: departing members' refunds in order of request, served within the year's ceiling
 * (Argentina: the statute may cap a year's refunds at a share of paid-in capital, not below 5%). The
 * treasurer sees the ceiling, what is used and what is left before paying the next instalment.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import type { Refund } from '../../../../shared/contract/capital';
import { useRpcQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Button } from '../../components/Button';
import { useToast } from '../../components/Toast';
import { bookDate } from './book-date';
import { CapitalNav } from './CapitalNav';
import { PayRefundDialog } from './PayRefundDialog';
import { PolicyDialog } from './PolicyDialog';
import { useMoney } from '../../components/use-coop-money';

export function RefundQueueScreen() {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const notify = useToast();
  const [yearText, setYearText] = useState(localToday().slice(0, 4));
  const [paying, setPaying] = useState<Refund | null>(null);
  const [editingPolicy, setEditingPolicy] = useState(false);
  const year = /^\d{4}$/.test(yearText) && Number(yearText) >= 1900 && Number(yearText) <= 2100 ? Number(yearText) : null;
  const queue = useRpcQuery('capital.refundQueue', { year: year ?? 1900 }, { enabled: year !== null });

  return (
    <section className="capital-screen">
      <PageHeader
        title={t('refunds.title')}
        description={t('refunds.description')}
        actions={<Button onClick={() => setEditingPolicy(true)}>{t('policy.open')}</Button>}
      />
      <CapitalNav />
      <Field
        className="field--short"
        label={t('refunds.year')}
        inputMode="numeric"
        value={yearText}
        onChange={(e) => setYearText(e.target.value)}
        error={year === null ? t('refunds.yearInvalid') : undefined}
      />
      {year !== null && (
        <QueryState query={queue}>
          {(data) => (
            <>
              <dl className="capital-figures">
                <div>
                  <dt>{t('refunds.ceiling')}</dt>
                  <dd>{data.ceilingMinor === null ? t('refunds.noCeiling') : money.format(data.ceilingMinor)}</dd>
                </div>
                <div>
                  <dt>{t('refunds.used')}</dt>
                  <dd>{money.format(data.usedMinor)}</dd>
                </div>
                <div>
                  <dt>{t('refunds.left')}</dt>
                  <dd>{data.leftMinor === null ? t('refunds.noCeiling') : money.format(data.leftMinor)}</dd>
                </div>
              </dl>
              {data.queue.length === 0 ? (
                <EmptyState title={t('refunds.emptyTitle')}>
                  <p>{t('refunds.empty')}</p>
                </EmptyState>
              ) : (
                <table className="data-table capital-refunds">
                  <caption className="visually-hidden">{t('refunds.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="data-table__number">
                        {t('refunds.position')}
                      </th>
                      <th scope="col">{t('register.member')}</th>
                      <th scope="col">{t('refunds.requested')}</th>
                      <th scope="col" className="data-table__number">
                        {t('refunds.amount')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('refunds.paidColumn')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('refunds.pendingColumn')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('refunds.interest')}
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">{t('account.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.queue.map((r) => (
                      <tr key={r.id}>
                        <td className="data-table__number">{r.position}</td>
                        <td>
                          <Link to={`/capital/members/${r.memberId}`}>
                            {r.memberNumber} · {r.memberName}
                          </Link>
                        </td>
                        <td>{bookDate(r.requestDate, money.locale)}</td>
                        <td className="data-table__number">{money.format(r.amountMinor)}</td>
                        <td className="data-table__number">{money.format(r.paidMinor)}</td>
                        <td className="data-table__number">{money.format(r.pendingMinor)}</td>
                        <td className="data-table__number">{money.format(r.interestMinor)}</td>
                        <td>
                          {r.pendingMinor > 0 && (
                            <Button onClick={() => setPaying(r)} aria-label={t('refunds.payLabel', { number: r.memberNumber })}>
                              {t('refunds.pay')}
                            </Button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </QueryState>
      )}
      <PolicyDialog
        open={editingPolicy}
        onClose={() => setEditingPolicy(false)}
        onSaved={() => {
          setEditingPolicy(false);
          notify(t('policy.saved'), 'success');
        }}
      />
      <PayRefundDialog
        refund={paying}
        onClose={() => setPaying(null)}
        onDone={(message) => {
          setPaying(null);
          notify(message, 'success');
        }}
      />
    </section>
  );
}
