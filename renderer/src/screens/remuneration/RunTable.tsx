/**
 * A run member by member, every line visible: each member's row (paid hours, gross, deductions, net) is
 * followed by the lines that make it up (hours by kind, rate, coefficient, seniority, add-ons, deductions
 * such as capital instalments), so the council approves what it has read.
 */
import { useTranslation } from 'react-i18next';
import type { RunDetail } from '../../../../shared/contract/remuneration';
import type { MoneyView } from '../../components/use-coop-money';
import { hoursText, lineText } from './pay-format';

export function RunTable({ run, money }: { run: RunDetail; money: MoneyView }) {
  const { t, i18n } = useTranslation('remuneration');
  const locale = i18n.language;
  return (
    <table className="data-table pay-run-table">
      <caption className="visually-hidden">{t('payRun.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('payRun.number')}</th>
          <th scope="col">{t('payRun.member')}</th>
          <th scope="col" className="data-table__number">
            {t('payRun.paidHours')}
          </th>
          <th scope="col" className="data-table__number">
            {t('payRun.gross')} ({money.currency})
          </th>
          <th scope="col" className="data-table__number">
            {t('payRun.deductions')} ({money.currency})
          </th>
          <th scope="col" className="data-table__number">
            {t('payRun.net')} ({money.currency})
          </th>
        </tr>
      </thead>
      {run.members.map((m) => {
        const kinds = Object.entries(m.minutesByKind).filter(([, minutes]) => (minutes ?? 0) > 0);
        // The lines list the paid hours by kind; the recorded ones are listed too when some are not paid.
        const recorded = kinds.reduce((sum, [, minutes]) => sum + (minutes ?? 0), 0);
        return (
          <tbody key={m.memberId} className="pay-run-member">
            <tr className="pay-run-member__row">
              <td>{m.memberNumber}</td>
              <th scope="row">
                {m.memberName} <span className="pay-run-member__category">· {m.category}</span>
              </th>
              <td className="data-table__number">{hoursText(m.paidMinutes)}</td>
              <td className="data-table__number">{money.plain(m.grossMinor)}</td>
              <td className="data-table__number">{m.deductionsMinor === 0 ? '—' : money.plain(-Math.abs(m.deductionsMinor))}</td>
              <td className="data-table__number pay-run-member__net">{money.plain(m.netMinor)}</td>
            </tr>
            {(kinds.length === 0 || recorded !== m.paidMinutes) && (
              <tr className="pay-run-line pay-run-line--hours">
                <td />
                <td colSpan={5}>
                  {kinds.length === 0
                    ? t('payRun.noHours')
                    : t('payRun.hoursByKind', { list: kinds.map(([kind, minutes]) => `${t(`hoursKind.${kind}`)} ${hoursText(minutes ?? 0)}`).join(' · '), paid: hoursText(m.paidMinutes) })}
                </td>
              </tr>
            )}
            {m.lines.map((line, index) => (
              <tr key={index} className={`pay-run-line pay-run-line--${line.kind}`}>
                <td />
                <td colSpan={2}>{lineText(t, line, money.minorDigits, locale)}</td>
                <td className="data-table__number">{line.kind === 'earning' && line.amountMinor !== null ? money.plain(line.amountMinor) : ''}</td>
                <td className="data-table__number">{line.kind === 'deduction' && line.amountMinor !== null ? money.plain(-Math.abs(line.amountMinor)) : ''}</td>
                <td />
              </tr>
            ))}
          </tbody>
        );
      })}
      <tfoot>
        <tr>
          <td />
          <th scope="row">{t('payRun.totals', { count: run.memberCount })}</th>
          <td />
          <td className="data-table__number">{money.plain(run.grossMinor)}</td>
          <td className="data-table__number">{run.deductionsMinor === 0 ? '—' : money.plain(-Math.abs(run.deductionsMinor))}</td>
          <td className="data-table__number">{money.plain(run.netMinor)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
