/**
 * /projector/surplus: the distribution the main window put on the projector, readable from the back of
 * the room: the waterfall, the funds and reserves, and each member's return with its cash and capitalised
 * parts, named or by member number as the assembly chose. No controls; it follows every change of the
 * `surplus` topic without a reload. A long list of members turns its pages by itself.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurplusProjection } from '../../../../shared/contract/surplus';
import { useRpcQuery } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useMoney, type MoneyView } from '../../components/use-coop-money';
import { formatDate } from '../../i18n/format';
import { ProjectorChart } from './ProjectorChart';
import { useDestinationName } from './Waterfall';
import './projector.css';

const PAGE = 10;
const PAGE_MS = 10_000;
/** Where the result goes besides the members' returns: funds, reserves, interest, what compensates losses. */
const destinations = new Set(['special', 'non_member_rest', 'offset', 'fund', 'tax', 'interest', 'voluntary', 'reserve_absorbs', 'members_charged', 'unabsorbed']);

function usePage(count: number): number {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(count / PAGE));
  useEffect(() => {
    if (pages === 1) return undefined;
    const timer = window.setInterval(() => setPage((p) => (p + 1) % pages), PAGE_MS);
    return () => window.clearInterval(timer);
  }, [pages]);
  return page % pages;
}

function Members({ projection, money }: { projection: SurplusProjection; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const page = usePage(projection.members.length);
  const shown = projection.members.slice(page * PAGE, page * PAGE + PAGE);
  const label = (m: SurplusProjection['members'][number]) => m.name ?? t('projector.memberNumber', { number: m.memberNumber });
  return (
    <section aria-labelledby="surplus-projector-members" className="surplus-projector__members">
      <h2 id="surplus-projector-members" className="surplus-projector__kicker">
        {t('projector.members')}
        {projection.members.length > PAGE && (
          <span className="surplus-projector__page">
            {' '}
            {t('projector.page', { from: page * PAGE + 1, to: page * PAGE + shown.length, count: projection.members.length })}
          </span>
        )}
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('members.member')}</th>
            <th scope="col">{t('members.return')}</th>
            <th scope="col">{t('members.cash')}</th>
            <th scope="col">{t('members.capitalised')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.memberNumber}>
              <th scope="row">{label(m)}</th>
              <td>{money.plain(m.returnMinor)}</td>
              <td>{money.plain(m.cashMinor)}</td>
              <td>{money.plain(m.capitalisedMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Funds({ projection, money }: { projection: SurplusProjection; money: MoneyView }) {
  const { t } = useTranslation('surplus');
  const stepName = useDestinationName();
  const funds = projection.steps.filter((s) => !s.subtotal && destinations.has(s.key) && s.amountMinor !== 0);
  return (
    <section aria-labelledby="surplus-projector-funds" className="surplus-projector__funds">
      <h2 id="surplus-projector-funds" className="surplus-projector__kicker">{t('projector.funds')}</h2>
      <dl>
        {funds.map((step, i) => (
          <div key={i}>
            <dt>{stepName(step)}</dt>
            <dd>{money.plain(step.amountMinor)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function SurplusProjectorScreen() {
  const { t, i18n } = useTranslation('surplus');
  const projection = useRpcQuery('surplus.projection', {}, { staleTime: 0 });
  const money = useMoney();
  const p = projection.data;
  return (
    <main className="surplus-projector" lang={i18n.language} aria-labelledby="surplus-projector-title">
      <header className="surplus-projector__header">
        <h1 id="surplus-projector-title">{p ? t('projector.title', { year: p.year }) : t('title')}</h1>
        {p && <p>{t('projector.period', { coop: p.coopName, from: formatDate(p.from, i18n.language), to: formatDate(p.to, i18n.language), currency: money.currency })}</p>}
      </header>
      {projection.error && <ErrorMessage error={projection.error} />}
      {p === null && <p className="surplus-projector__idle">{t('projector.idle')}</p>}
      {p && (
        <>
          <div className="surplus-projector__stage">
            <div className="surplus-projector__left">
              <ProjectorChart projection={p} money={money} />
              <Funds projection={p} money={money} />
            </div>
            <Members projection={p} money={money} />
          </div>
          <footer className={p.check.equal ? 'surplus-projector__check' : 'surplus-projector__check surplus-projector__check--wrong'}>
            {t(p.check.equal ? 'simulate.checkEqual' : 'simulate.checkDiffers', { parts: money.format(p.check.partsMinor), result: money.format(p.check.resultMinor) })}
          </footer>
        </>
      )}
    </main>
  );
}
