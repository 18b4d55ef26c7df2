/**
 * /capital/register: the capital register, an append-only book numbered without gaps, a page of 100
 * operations at a time for the chosen dates. A mistaken operation is corrected by a reversing one, with
 * its reason, after a confirmation; nothing is ever edited or deleted.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { capitalRegisterRoute, type CapitalOperation } from '../../../../shared/contract/capital';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { formatDate, formatNumber } from '../../i18n/format';
import { CapitalNav } from './CapitalNav';
import { operationMember } from './operation-text';
import { completePeriod, usePeriod } from '../../components/period';
import { PeriodFields } from '../../components/PeriodFields';
import { ReverseDialog } from './ReverseDialog';
import { useMoney } from '../../components/use-coop-money';

const PAGE = 100;

export function RegisterScreen() {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const notify = useToast();
  const [period, setPeriod] = usePeriod();
  const [page, setPage] = useState(0);
  const [reversing, setReversing] = useState<CapitalOperation | null>(null);
  const range = completePeriod(period);
  const register = useRpcQuery(
    'capital.register',
    { from: range?.from ?? '', to: range?.to ?? '', offset: page * PAGE, limit: PAGE },
    { enabled: range !== null },
  );
  const changePeriod = (next: Parameters<typeof setPeriod>[0]) => {
    setPage(0);
    setPeriod(next);
  };
  const date = (iso: string) => formatDate(iso, money.locale, { day: '2-digit', month: '2-digit', year: 'numeric' });

  return (
    <section className="capital-screen">
      <PageHeader
        title={t('register.title')}
        description={t('register.description')}
        actions={
          range && (
            <Link className="button" to={capitalRegisterRoute({ ...range, firstFolio: 1 })}>
              {t('register.print')}
            </Link>
          )
        }
      />
      <CapitalNav />
      <PeriodFields period={period} onChange={changePeriod} />
      {range && (
        <QueryState query={register}>
          {({ total, rows }) =>
            total === 0 ? (
              <EmptyState title={t('register.emptyTitle')}>
                <p>{t('register.empty')}</p>
              </EmptyState>
            ) : (
              <>
                <p role="status" className="capital-count">
                  {t('register.showing', {
                    first: formatNumber(page * PAGE + 1, money.locale),
                    last: formatNumber(page * PAGE + rows.length, money.locale),
                    total: formatNumber(total, money.locale),
                  })}
                </p>
                <div className="capital-table-scroll">
                  <table className="data-table capital-register">
                    <caption className="visually-hidden">{t('register.title')}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="data-table__number">
                          {t('register.number')}
                        </th>
                        <th scope="col">{t('fields.date')}</th>
                        <th scope="col">{t('register.kind')}</th>
                        <th scope="col">{t('register.member')}</th>
                        <th scope="col">{t('register.detail')}</th>
                        <th scope="col" className="data-table__number">
                          {t('fields.amount')}
                        </th>
                        <th scope="col">
                          <span className="visually-hidden">{t('account.actions')}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((op) => (
                        <tr key={op.number} className={op.reversedByNumber !== null ? 'capital-register__reversed' : undefined}>
                          <td className="data-table__number">{op.number}</td>
                          <td>{date(op.date)}</td>
                          <td>{t(`kind.${op.kind}`)}</td>
                          <td>
                            {op.memberId !== null ? (
                              <Link to={`/capital/members/${op.memberId}`}>
                                {op.memberNumber} · {op.memberName}
                              </Link>
                            ) : (
                              ''
                            )}
                          </td>
                          <td>{operationMember(op, t)}</td>
                          <td className="data-table__number">{money.format(op.amountMinor)}</td>
                          <td>
                            {op.kind !== 'reversal' && op.reversedByNumber === null && (
                              <Button variant="ghost" onClick={() => setReversing(op)} aria-label={t('reverse.label', { number: op.number })}>
                                {t('reverse.action')}
                              </Button>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <div className="capital-pager">
                  <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
                    {t('register.previous')}
                  </Button>
                  <Button disabled={(page + 1) * PAGE >= total} onClick={() => setPage(page + 1)}>
                    {t('register.next')}
                  </Button>
                  <Button disabled={(page + 1) * PAGE >= total} onClick={() => setPage(Math.floor((total - 1) / PAGE))}>
                    {t('register.latest')}
                  </Button>
                </div>
              </>
            )
          }
        </QueryState>
      )}
      <ReverseDialog
        operation={reversing}
        onClose={() => setReversing(null)}
        onDone={(message) => {
          setReversing(null);
          notify(message, 'success');
        }}
      />
    </section>
  );
}
