/** The statement on the member's account page, for a range the treasurer picks, with a link to its printable page. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { capitalStatementRoute } from '../../../../shared/contract/capital';
import { useRpcQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { completePeriod, usePeriod } from '../../components/period';
import { PeriodFields } from '../../components/PeriodFields';
import { StatementView } from './StatementView';
import { useMoney } from '../../components/use-coop-money';

export function MemberStatement({ memberId }: { memberId: number }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const [period, setPeriod] = usePeriod();
  const range = completePeriod(period);
  const statement = useRpcQuery('capital.statement', { memberId, from: range?.from ?? '', to: range?.to ?? '' }, { enabled: range !== null });
  return (
    <section className="capital-section" aria-labelledby="statement-title">
      <div className="capital-section__head">
        <h2 id="statement-title">{t('statement.title')}</h2>
        {range && (
          <Link className="button" to={capitalStatementRoute({ memberId, ...range })}>
            {t('statement.print')}
          </Link>
        )}
      </div>
      <PeriodFields period={period} onChange={setPeriod} />
      {range && <QueryState query={statement}>{(data) => <StatementView statement={data} format={money.format} locale={money.locale} t={t} />}</QueryState>}
    </section>
  );
}
