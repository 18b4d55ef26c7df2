/**
 * One member's statement of a posted year's allocation (the written notice of allocation under the USA
 * framework), in the language and with the amounts and dates of the locale it is given: the coop's, so
 * the preview and the printed sheet are the same document.
 */
import type { TFunction } from 'i18next';
import type { YearStatementsOut } from '../../../../shared/contract/surplus-statement';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';

type MemberStatement = YearStatementsOut['statements'][number];

interface Props {
  data: YearStatementsOut;
  member: MemberStatement;
  t: TFunction<'surplus'>;
}

export function Statement({ data, member, t }: Props) {
  const { coop } = data;
  const locale = coop.locale;
  const money = (minor: number) => formatMoney(minor, coop, locale);
  const date = (iso: string) => formatDate(iso, locale, { dateStyle: 'long' });
  const hours = (minutes: number) => formatNumber(minutes / 60, locale, { maximumFractionDigits: 2 });
  const usa = data.notice !== null;
  const identity = [
    coop.taxId ? `${t(`print.coopTaxId.${coop.framework}`, { ns: 'members' })} ${coop.taxId}` : null,
    coop.registrationNumber ? `${t(`print.coopRegistration.${coop.framework}`, { ns: 'members' })} ${coop.registrationNumber}` : null,
    coop.address,
    t(`frameworks.${coop.framework}`, { ns: 'coop' }),
  ].filter((part): part is string => !!part);
  const title = t(usa ? 'statement.noticeTitle' : 'statement.title', { year: data.year });
  const cashShare = member.returnMinor > 0 ? formatNumber(member.cashMinor / member.returnMinor, locale, { style: 'percent', maximumFractionDigits: 4 }) : null;
  return (
    <article className="surplus-statement" aria-label={`${title} · ${member.name}`}>
      <header className="surplus-statement__head">
        <div>
          <p className="surplus-statement__coop">{coop.name}</p>
          {identity.map((part) => (
            <p key={part}>{part}</p>
          ))}
        </div>
        <h2 className="surplus-statement__title">{title}</h2>
      </header>
      <p>{t('statement.fiscalYear', { year: data.year, from: date(data.from), to: date(data.to) })}</p>
      <p>{t('statement.resolution', { reference: data.resolution.reference, date: data.resolution.date ? date(data.resolution.date) : '—' })}</p>
      <p>{t('statement.posting', { date: date(data.postedOn), entry: data.journalEntryNumber })}</p>
      <dl className="surplus-statement__member">
        <dt>{t('members.member')}</dt>
        <dd>{t('statement.memberLine', { number: member.memberNumber, name: member.name })}</dd>
        {member.taxId && (
          <>
            <dt>{t(`print.taxIdColumn.${coop.framework}`, { ns: 'members' })}</dt>
            <dd>{member.taxId}</dd>
          </>
        )}
      </dl>
      <h3>{t('statement.weights')}</h3>
      <dl className="surplus-statement__figures">
        <dt>{t('statement.hoursWorked')}</dt>
        <dd>{hours(member.minutesWorked)}</dd>
        {member.trialMinutes > 0 && (
          <>
            <dt>{t('statement.trialHours')}</dt>
            <dd>{hours(member.trialMinutes)}</dd>
          </>
        )}
        <dt>{t('statement.hoursCounted')}</dt>
        <dd>{hours(member.minutesCounted)}</dd>
        <dt>{t('statement.pay')}</dt>
        <dd>{money(member.payMinor)}</dd>
        <dt>{t('statement.capital')}</dt>
        <dd>{money(member.capitalMinor)}</dd>
        <dt>{t('statement.daysHeld')}</dt>
        <dd>{formatNumber(member.daysHeld, locale)}</dd>
        <dt>{t('statement.basis')}</dt>
        <dd>{t(`statement.basis_${data.returns.basis}`)}</dd>
      </dl>
      <h3>{t('statement.allocation')}</h3>
      <table className="surplus-statement__amounts">
        <tbody>
          <tr>
            <th scope="row">{t('statement.interest')}</th>
            <td>{money(member.interestMinor)}</td>
          </tr>
          <tr>
            <th scope="row">{t(usa ? 'statement.dividend' : 'statement.return')}</th>
            <td>{money(member.returnMinor)}</td>
          </tr>
          <tr>
            <th scope="row">{t('statement.cash')}</th>
            <td>{money(member.cashMinor)}</td>
          </tr>
          <tr>
            <th scope="row">
              {t(usa ? 'statement.retained' : 'statement.capitalised')}
              {member.capitalOperationNumber !== null && <span className="surplus-statement__note">{t('statement.operation', { number: member.capitalOperationNumber })}</span>}
            </th>
            <td>{money(member.capitalisedMinor)}</td>
          </tr>
        </tbody>
      </table>
      {data.convertsOn && member.cashMinor > 0 && <p>{t('statement.convertsOn', { date: date(data.convertsOn), days: data.conversionDays })}</p>}
      {usa && (
        <div className="surplus-statement__notice">
          {cashShare && <p>{t('statement.cashShare', { percent: cashShare })}</p>}
          <p>{t(member.qualified === false ? 'statement.notQualified' : 'statement.qualified')}</p>
          <p>{t('statement.consent')}</p>
          <p>{t('statement.issuedBy', { deadline: date(data.notice!.deadline) })}</p>
        </div>
      )}
      <h3>{t('statement.totals')}</h3>
      <dl className="surplus-statement__figures">
        <dt>{t('statement.totalResult')}</dt>
        <dd>{money(data.totals.resultMinor)}</dd>
        <dt>{t('statement.totalInterest')}</dt>
        <dd>{money(data.totals.interestMinor)}</dd>
        <dt>{t('statement.totalReturns', { count: data.totals.members })}</dt>
        <dd>{money(data.totals.returnMinor)}</dd>
        <dt>{t('statement.totalCash')}</dt>
        <dd>{money(data.totals.cashMinor)}</dd>
        <dt>{t('statement.totalCapitalised')}</dt>
        <dd>{money(data.totals.capitalisedMinor)}</dd>
      </dl>
      <div className="surplus-statement__signatures">
        <p>{t('statement.signature')}</p>
        <p>{t('statement.received')}</p>
      </div>
    </article>
  );
}
