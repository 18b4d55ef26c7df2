/**
 * One copy of a member's payslip (recibo): the coop's identity, the number, the period, the member, every
 * line, the net amount in figures and in words in the coop's language, and room to sign.
 */
import type { TFunction } from 'i18next';
import type { Payslips } from '../../../../shared/contract/remuneration';
import type { CoopProfile } from '../../../../shared/contract/coop';
import { formatDate, formatMoney } from '../../i18n/format';
import { periodName } from './month';
import { hoursText, lineText } from './pay-format';

type Slip = Payslips['slips'][number];

interface Props {
  coop: CoopProfile;
  payslips: Payslips;
  slip: Slip;
  copy: 'member' | 'coop';
  locale: string;
  t: TFunction<'remuneration'>;
}

export function Payslip({ coop, payslips, slip, copy, locale, t }: Props) {
  const money = (minor: number) => formatMoney(minor, coop, locale);
  const run = payslips.run;
  const identity = [
    coop.taxId ? `${t(`print.coopTaxId.${coop.framework}`, { ns: 'members' })} ${coop.taxId}` : null,
    coop.registrationNumber ? `${t(`print.coopRegistration.${coop.framework}`, { ns: 'members' })} ${coop.registrationNumber}` : null,
    coop.address,
  ].filter((part): part is string => !!part);
  const earnings = slip.lines.filter((l) => l.kind === 'earning');
  const deductions = slip.lines.filter((l) => l.kind === 'deduction');
  const kinds = Object.entries(slip.minutesByKind).filter(([, minutes]) => (minutes ?? 0) > 0);
  const amount = (minor: number | null) => (minor === null ? '' : money(minor));
  return (
    <article className="payslip" aria-label={t('payslip.copyOf', { copy: t(`payslip.copy.${copy}`), number: slip.payslipNumber })}>
      <div className="payslip__head">
        <div>
          <p className="payslip__coop">{coop.name}</p>
          {identity.map((part) => (
            <p key={part}>{part}</p>
          ))}
        </div>
        <div className="payslip__number">
          <h2 className="payslip__title">{t(`payslip.title.${payslips.payLabel}`)}</h2>
          <p>{t('payslip.number', { number: String(slip.payslipNumber).padStart(6, '0') })}</p>
          <p className="payslip__copy">{t(`payslip.copy.${copy}`)}</p>
        </div>
      </div>
      <dl className="payslip__member">
        <dt>{t('payslip.member')}</dt>
        <dd>
          {slip.memberNumber} · {slip.memberName}
        </dd>
        {slip.taxId && (
          <>
            <dt>{t(`print.taxIdColumn.${coop.framework}`, { ns: 'members' })}</dt>
            <dd>{slip.taxId}</dd>
          </>
        )}
        <dt>{t('payslip.category')}</dt>
        <dd>{slip.category}</dd>
        <dt>{t('payslip.period')}</dt>
        <dd>
          {periodName(run.period, locale)}
          {run.kind === 'adjusting' ? ` · ${t('payslip.adjusting')}` : ''}
        </dd>
        {run.postingDate && (
          <>
            <dt>{t('payslip.date')}</dt>
            <dd>{formatDate(run.postingDate, locale, { day: '2-digit', month: '2-digit', year: 'numeric' })}</dd>
          </>
        )}
        {kinds.length > 0 && (
          <>
            <dt>{t('payslip.hours')}</dt>
            <dd>{kinds.map(([kind, minutes]) => `${t(`hoursKind.${kind}`)} ${hoursText(minutes ?? 0)}`).join(' · ')}</dd>
          </>
        )}
      </dl>
      <table className="payslip__lines">
        <thead>
          <tr>
            <th scope="col">{t('payslip.concept')}</th>
            <th scope="col" className="payslip__amount">
              {t('payslip.earnings')}
            </th>
            <th scope="col" className="payslip__amount">
              {t('payslip.deductions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {earnings.map((line, i) => (
            <tr key={`e${i}`}>
              <td>{lineText(t, line, coop.minorDigits, locale)}</td>
              <td className="payslip__amount">{amount(line.amountMinor)}</td>
              <td />
            </tr>
          ))}
          {deductions.map((line, i) => (
            <tr key={`d${i}`}>
              <td>{lineText(t, line, coop.minorDigits, locale)}</td>
              <td />
              <td className="payslip__amount">{line.amountMinor === null ? '' : money(Math.abs(line.amountMinor))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('payslip.totals')}</th>
            <td className="payslip__amount">{money(slip.grossMinor)}</td>
            <td className="payslip__amount">{money(Math.abs(slip.deductionsMinor))}</td>
          </tr>
          <tr>
            <th scope="row">{t('payslip.net')}</th>
            <td className="payslip__amount" colSpan={2}>
              {money(slip.netMinor)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="payslip__words">{t('payslip.inWords', { words: slip.netInWords })}</p>
      <p>{t('payslip.received', { coop: coop.name })}</p>
      <div className="payslip__signatures">
        <p>{t('payslip.signMember')}</p>
        <p>{t('payslip.signCoop')}</p>
      </div>
    </article>
  );
}
