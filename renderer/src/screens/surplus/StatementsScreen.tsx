/**
 * /surplus/statements: each member's statement of the posted year's allocation, previewed on screen in the
 * coop's language, printed for everyone or one member. Under the USA framework the preview (never the
 * printed notice) warns when the posting came after the 8½-month payment period or a cash part is short of 20%.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statementsRoute, type YearStatementsOut } from '../../../../shared/contract/surplus-statement';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatMoney } from '../../i18n/format';
import { Statement } from './Statement';
import { SurplusNav } from './SurplusNav';
import { YearPicker } from './YearPicker';
import { useSurplusYear } from './use-year';
import './statement-print.css';
import './statements.css';

export function StatementsScreen() {
  const { t } = useTranslation('surplus');
  const [year, setYear] = useSurplusYear();
  const statements = useRpcQuery('surplus.statements', { year, memberId: null });
  return (
    <section className="surplus-screen">
      <PageHeader title={t('statement.screenTitle')} description={t('statement.description')} />
      <SurplusNav year={year} />
      <YearPicker year={year} onChange={setYear} />
      <QueryState query={statements}>{(data) => <Statements key={year} data={data} />}</QueryState>
    </section>
  );
}

function Statements({ data }: { data: YearStatementsOut }) {
  const { t, i18n } = useTranslation('surplus');
  const [shown, setShown] = useState(data.statements[0]?.memberId ?? null);
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, data.coop, locale);
  const member = data.statements.find((m) => m.memberId === shown);
  const unqualified = data.statements.filter((m) => m.qualified === false).length;
  return (
    <>
      {data.notice?.late && (
        <p role="alert" className="surplus-warning">
          {t('statement.lateWarning', { posted: formatDate(data.postedOn, locale), deadline: formatDate(data.notice.deadline, locale) })}
        </p>
      )}
      {unqualified > 0 && (
        <p role="alert" className="surplus-warning">
          {t('statement.unqualifiedWarning', { count: unqualified })}
        </p>
      )}
      <p className="surplus-statements__actions">
        <Link className="button button--primary" to={statementsRoute(data.year, null)}>
          {t('statement.all')}
        </Link>
      </p>
      <div className="surplus-statements">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('members.member')}</th>
              <th scope="col">{t('members.return')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('statement.toolbar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.statements.map((m) => (
              <tr key={m.memberId} aria-current={m.memberId === shown ? 'true' : undefined}>
                <th scope="row">
                  <Button variant="ghost" onClick={() => setShown(m.memberId)} aria-pressed={m.memberId === shown}>
                    {t('statement.memberLine', { number: m.memberNumber, name: m.name })}
                  </Button>
                </th>
                <td>{money(m.returnMinor)}</td>
                <td>
                  <Link className="button" to={statementsRoute(data.year, m.memberId)} aria-label={t('statement.oneLabel', { name: m.name })}>
                    {t('statement.one')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {member && (
          <section className="surplus-statement-preview" aria-label={t('statement.previewOf', { name: member.name })} lang={data.coop.locale}>
            <Statement data={data} member={member} t={i18n.getFixedT(data.coop.locale, 'surplus')} />
          </section>
        )}
      </div>
    </>
  );
}
