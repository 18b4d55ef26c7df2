/** /ledger/account: one account's postings over a period, from its opening balance to its closing one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountKeys, type AccountKey } from '../../../../shared/domain/ledger/accounts';
import { useRpcQuery } from '../../api/queries';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { completePeriod, usePeriod, type Period } from '../../components/period';
import { PeriodFields } from '../../components/PeriodFields';
import { QueryState } from '../../components/QueryState';
import { Select } from '../../components/Select';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { LedgerNav } from './LedgerNav';
import { PAGE, Pager } from './Pager';
import { balanceText } from './TrialBalanceScreen';

export function AccountLedgerScreen() {
  const { t } = useTranslation('ledger');
  const money = useMoney();
  const [account, setAccount] = useState<AccountKey>('bank');
  const [period, setPeriod] = usePeriod();
  const [page, setPage] = useState(0);
  const range = completePeriod(period);
  const ledger = useRpcQuery(
    'ledger.accountLedger',
    { account, from: range?.from ?? '', to: range?.to ?? '', offset: page * PAGE, limit: PAGE },
    { enabled: range !== null },
  );
  const changePeriod = (next: Partial<Period>) => {
    setPage(0);
    setPeriod(next);
  };
  const amount = (minor: number) => (minor === 0 ? '' : money.format(minor));
  const side = (minor: number) => balanceText(minor, money.format, t);

  return (
    <section className="ledger-screen">
      <PageHeader title={t('screens.accountLedger.title')} description={t('screens.accountLedger.description')} />
      <LedgerNav />
      <div className="ledger-toolbar">
        <Select
          label={t('screens.columns.account')}
          value={account}
          options={accountKeys.map((key) => ({ value: key, label: t(`accounts.${key}`) }))}
          onChange={(e) => {
            setPage(0);
            setAccount(e.target.value as AccountKey);
          }}
        />
        <PeriodFields period={period} onChange={changePeriod} />
      </div>
      {range && (
        <QueryState query={ledger}>
          {(data) => (
            <>
              <dl className="ledger-figures">
                <div>
                  <dt>{t('screens.accountLedger.opening')}</dt>
                  <dd>{side(data.openingMinor)}</dd>
                </div>
                <div>
                  <dt>{t('screens.accountLedger.closing')}</dt>
                  <dd>{side(data.closingMinor)}</dd>
                </div>
              </dl>
              {data.total === 0 ? (
                <EmptyState title={t('screens.accountLedger.emptyTitle')}>
                  <p>{t('screens.accountLedger.empty')}</p>
                </EmptyState>
              ) : (
                <>
                  <Pager page={page} shown={data.postings.length} total={data.total} onPage={setPage} />
                  <table className="data-table">
                    <caption className="visually-hidden">
                      {t('screens.accountLedger.caption', { code: data.code, account: t(`accounts.${data.account}`) })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('screens.columns.date')}</th>
                        <th scope="col" className="data-table__number">
                          {t('screens.columns.entry')}
                        </th>
                        <th scope="col">{t('screens.columns.memo')}</th>
                        <th scope="col" className="data-table__number">
                          {t('screens.columns.member')}
                        </th>
                        <th scope="col" className="data-table__number">
                          {t('screens.columns.debit')}
                        </th>
                        <th scope="col" className="data-table__number">
                          {t('screens.columns.credit')}
                        </th>
                        <th scope="col" className="data-table__number">
                          {t('screens.columns.balance')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.postings.map((p, i) => (
                        <tr key={`${p.entryId}-${i}`}>
                          <td>{formatDate(p.date, money.locale, { day: '2-digit', month: '2-digit', year: 'numeric' })}</td>
                          <td className="data-table__number">{p.number}</td>
                          <td>{p.memo}</td>
                          <td className="data-table__number">{p.memberNumber ?? ''}</td>
                          <td className="data-table__number">{amount(p.debitMinor)}</td>
                          <td className="data-table__number">{amount(p.creditMinor)}</td>
                          <td className="data-table__number">{side(p.balanceMinor)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
