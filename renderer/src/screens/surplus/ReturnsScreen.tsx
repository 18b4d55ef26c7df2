/**
 * /surplus/returns: cash returns of posted distributions not yet collected, as of a date. Each one is
 * recorded as collected (cash or bank) or, once the statute's period has passed (Argentina: 180 days),
 * converted into capital shares after a confirmation naming the member, the amount and the rule.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMoney } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { CollectDialog, ConvertDialog } from './ReturnDialogs';
import { SurplusNav } from './SurplusNav';
import { useSurplusYear } from './use-year';

export type PendingReturn = Output<'surplus.returns'>[number];

export function ReturnsScreen() {
  const { t, i18n } = useTranslation('surplus');
  const [year] = useSurplusYear();
  const [asOf, setAsOf] = useState<string | null>(localToday());
  const money = useMoney();
  const date = asOf ?? localToday();
  const returns = useRpcQuery('surplus.returns', { asOf: date });
  const [collecting, setCollecting] = useState<PendingReturn | null>(null);
  const [converting, setConverting] = useState<PendingReturn | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="surplus-screen">
      <PageHeader title={t('returns.title')} description={t('returns.description')} />
      <SurplusNav year={year} />
      <div className="surplus-returns__as-of">
        <DateField label={t('returns.asOf')} value={asOf} onChange={setAsOf} required />
      </div>
      {done && (
        <p role="status" className="surplus-done">
          {done}
        </p>
      )}
      <QueryState query={returns}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('returns.empty')}>{t('returns.emptyText')}</EmptyState>
          ) : (
            <table className="data-table surplus-returns">
              <caption className="visually-hidden">{t('returns.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('members.member')}</th>
                  <th scope="col" className="data-table__number">{t('returns.year')}</th>
                  <th scope="col" className="data-table__number">{t('returns.cash')}</th>
                  <th scope="col">{t('returns.postedOn')}</th>
                  <th scope="col">{t('returns.convertsOn')}</th>
                  <th scope="col">{t('returns.state')}</th>
                  <th scope="col">{t('returns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.distributionId}-${r.memberId}`}>
                    <th scope="row">{`${r.memberNumber} · ${r.name}`}</th>
                    <td className="data-table__number">{r.year}</td>
                    <td className="data-table__number">{money.format(r.cashMinor)}</td>
                    <td>{formatDate(r.postedOn, i18n.language)}</td>
                    <td>{r.convertsOn ? formatDate(r.convertsOn, i18n.language) : t('returns.noPeriod')}</td>
                    <td>{r.due ? <strong>{t('returns.due')}</strong> : t('returns.notDue')}</td>
                    <td>
                      <div className="surplus-returns__actions">
                        <Button onClick={() => setCollecting(r)} aria-label={t('returns.collectFor', { name: r.name, year: r.year })}>
                          {t('returns.collect')}
                        </Button>
                        {r.due && (
                          <Button variant="primary" onClick={() => setConverting(r)} aria-label={t('returns.convertFor', { name: r.name, year: r.year })}>
                            {t('returns.convert')}
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
      {collecting && <CollectDialog pending={collecting} onClose={() => setCollecting(null)} onDone={setDone} />}
      {converting && <ConvertDialog pending={converting} date={date} onClose={() => setConverting(null)} onDone={setDone} />}
    </section>
  );
}
