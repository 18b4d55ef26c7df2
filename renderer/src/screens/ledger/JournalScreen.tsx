/**
 * /ledger/journal: the journal of a period, entry by entry with its lines, 100 entries a page; a general
 * entry is typed on /ledger/journal/new, and one that stands may be reversed from here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { completePeriod, usePeriod, type Period } from '../../components/period';
import { PeriodFields } from '../../components/PeriodFields';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { ExportPanel } from './ExportPanel';
import { LedgerNav } from './LedgerNav';
import { PAGE, Pager } from './Pager';
import { ReverseEntryDialog } from './ReverseEntryDialog';

export function JournalScreen() {
  const { t } = useTranslation('ledger');
  const money = useMoney();
  const [period, setPeriod] = usePeriod();
  const [page, setPage] = useState(0);
  const [reversing, setReversing] = useState<number | null>(null);
  const notify = useToast();
  const range = completePeriod(period);
  const journal = useRpcQuery('ledger.journal', { from: range?.from ?? '', to: range?.to ?? '', offset: page * PAGE, limit: PAGE }, { enabled: range !== null });
  const changePeriod = (next: Partial<Period>) => {
    setPage(0);
    setPeriod(next);
  };
  const amount = (minor: number) => (minor === 0 ? '' : money.format(minor));

  return (
    <section className="ledger-screen">
      <PageHeader title={t('screens.journal.title')} description={t('screens.journal.description')} />
      <LedgerNav />
      <div className="ledger-toolbar">
        <PeriodFields period={period} onChange={changePeriod} />
        <div className="ledger-actions">
          <Link className="button button--primary" to="/ledger/journal/new">
            {t('entries.new.link')}
          </Link>
          <ExportPanel range={range} />
        </div>
      </div>
      <ReverseEntryDialog
        number={reversing}
        onClose={() => setReversing(null)}
        onDone={(message) => {
          setReversing(null);
          notify(message, 'success');
        }}
      />
      {range && (
        <QueryState query={journal}>
          {({ entries, total }) =>
            total === 0 ? (
              <EmptyState title={t('screens.journal.emptyTitle')}>
                <p>{t('screens.journal.empty')}</p>
              </EmptyState>
            ) : (
              <>
                <Pager page={page} shown={entries.length} total={total} onPage={setPage} />
                <table className="data-table ledger-journal">
                  <caption className="visually-hidden">{t('screens.journal.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="data-table__number">
                        {t('screens.columns.entry')}
                      </th>
                      <th scope="col">{t('screens.columns.date')}</th>
                      <th scope="col">{t('screens.columns.code')}</th>
                      <th scope="col">{t('screens.columns.account')}</th>
                      <th scope="col" className="data-table__number">
                        {t('screens.columns.member')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('screens.columns.debit')}
                      </th>
                      <th scope="col" className="data-table__number">
                        {t('screens.columns.credit')}
                      </th>
                    </tr>
                  </thead>
                  {entries.map((entry) => (
                    <tbody key={entry.id} className="ledger-journal__entry">
                      <tr className="ledger-journal__head">
                        <th scope="rowgroup" className="data-table__number">
                          {entry.number}
                        </th>
                        <td>{formatDate(entry.date, money.locale, { day: '2-digit', month: '2-digit', year: 'numeric' })}</td>
                        <td colSpan={5}>
                          {entry.memo}
                          {entry.reversesNumber !== null && <span className="ledger-note"> · {t('screens.journal.reverses', { number: entry.reversesNumber })}</span>}
                          {entry.reversedByNumber !== null && <span className="ledger-note"> · {t('screens.journal.reversedBy', { number: entry.reversedByNumber })}</span>}
                          {entry.sourceKind === 'manual' && entry.reversesNumber === null && entry.reversedByNumber === null && (
                            <Button variant="ghost" className="ledger-journal__reverse" onClick={() => setReversing(entry.number)} aria-label={t('entries.reverse.title', { number: entry.number })}>
                              {t('entries.reverse.open')}
                            </Button>
                          )}
                        </td>
                      </tr>
                      {entry.lines.map((line, i) => (
                        <tr key={i}>
                          <td />
                          <td />
                          <td className="ledger-code">{line.code}</td>
                          <td className={line.creditMinor > 0 ? 'ledger-journal__credit' : undefined}>{t(`accounts.${line.account}`)}</td>
                          <td className="data-table__number">{line.memberNumber ?? ''}</td>
                          <td className="data-table__number">{amount(line.debitMinor)}</td>
                          <td className="data-table__number">{amount(line.creditMinor)}</td>
                        </tr>
                      ))}
                    </tbody>
                  ))}
                </table>
              </>
            )
          }
        </QueryState>
      )}
    </section>
  );
}
