/**
 * A loan's instalments as the loan rule computes them (shared/domain/budgets/loans.ts, the same rule the
 * service applies), so the schedule follows what is typed; the last instalment takes the remainder.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { loanSchedule, type Instalment } from '../../../../../shared/domain/budgets';
import { parseRational, rational } from '../../../../../shared/domain/rational';
import { RuleRefusal } from '../../../../../shared/domain/rule-refusal';
import { formatDate } from '../../../i18n/format';
import type { MoneyView } from '../../../components/use-coop-money';
import { minorOf, rateOf, wholeOf, type FinancingDraft } from './plan-draft';

type LoanDraft = Extract<FinancingDraft, { kind: 'loan' }>;

/** The schedule of a loan as typed, or the reason there is none yet (an i18n key of the plans block). */
export function draftSchedule(loan: LoanDraft, money: Pick<MoneyView, 'locale' | 'minorDigits'>): Instalment[] | { why: string; params?: Record<string, string | number> } {
  const principal = minorOf(loan.principal, money);
  const rate = rateOf(loan.annualRate);
  const periods = wholeOf(loan.periods);
  const percent = rate === null ? null : parseRational(rate);
  if (principal === null || percent === null || periods === null || loan.firstDate === null) return { why: 'plans.schedule.incomplete' };
  try {
    return loanSchedule({
      principalMinor: principal,
      annualRate: rational(percent.num, percent.den * 100n),
      periods,
      periodsPerYear: loan.frequency,
      amortisation: loan.method,
      firstDue: loan.firstDate,
    });
  } catch (error) {
    if (error instanceof RuleRefusal) return { why: error.key, params: error.params };
    throw error;
  }
}

/** `t` is the printed plan's, fixed to the coop's language; the screen uses its own. */
export function ScheduleTable({ caption, instalments, money, t: fixed }: { caption: string; instalments: readonly Instalment[]; money: Pick<MoneyView, 'plain' | 'locale'>; t?: TFunction<'budgets'> }) {
  const { t: own } = useTranslation('budgets');
  const t = fixed ?? own;
  const interest = instalments.reduce((sum, i) => sum + i.interestMinor, 0);
  const paid = instalments.reduce((sum, i) => sum + i.paymentMinor, 0);
  return (
    // Sixty rows scroll inside their box, which the keyboard can reach and scroll too.
    <div className="plans-schedule" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.schedule.period')}</th>
            <th scope="col">{t('plans.schedule.date')}</th>
            <th scope="col" className="data-table__number">{t('plans.schedule.payment')}</th>
            <th scope="col" className="data-table__number">{t('plans.schedule.interest')}</th>
            <th scope="col" className="data-table__number">{t('plans.schedule.principal')}</th>
            <th scope="col" className="data-table__number">{t('plans.schedule.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {instalments.map((i) => (
            <tr key={i.period}>
              <th scope="row">{i.period}</th>
              <td>{i.date ? formatDate(i.date, money.locale) : ''}</td>
              <td className="data-table__number">{money.plain(i.paymentMinor)}</td>
              <td className="data-table__number">{money.plain(i.interestMinor)}</td>
              <td className="data-table__number">{money.plain(i.principalMinor)}</td>
              <td className="data-table__number">{money.plain(i.balanceMinor)}</td>
            </tr>
          ))}
        </tbody>
        {/* Not a tfoot: a printed tfoot repeats on every page, where a total would read as that page's. */}
        <tbody className="plans-schedule__totals">
          <tr>
            <th scope="row" colSpan={2}>{t('plans.schedule.total')}</th>
            <td className="data-table__number">{money.plain(paid)}</td>
            <td className="data-table__number">{money.plain(interest)}</td>
            <td className="data-table__number">{money.plain(paid - interest)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The schedule under a loan's fields, folded away until asked for: sixty rows would bury the form. */
export function LoanSchedule({ loan, money, title }: { loan: LoanDraft; money: MoneyView; title: string }) {
  const { t } = useTranslation('budgets');
  const schedule = draftSchedule(loan, money);
  if (!Array.isArray(schedule)) {
    return <p className="field__hint">{t(schedule.why, schedule.params ?? {})}</p>;
  }
  const first = schedule[0]!;
  return (
    <details className="plans-schedule__details">
      <summary>
        {t('plans.schedule.show', { count: schedule.length, payment: money.format(first.paymentMinor), total: money.format(schedule.reduce((s, i) => s + i.paymentMinor, 0)) })}
      </summary>
      <ScheduleTable caption={title} instalments={schedule} money={money} />
    </details>
  );
}
