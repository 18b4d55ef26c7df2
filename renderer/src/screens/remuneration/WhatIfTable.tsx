/** The what-if member by member: what the months compared paid, what the proposal would have paid, the difference. */
import { useTranslation } from 'react-i18next';
import type { WhatIfResult } from '../../../../shared/contract/remuneration';
import type { MoneyView } from '../../components/use-coop-money';
import { formatNumber } from '../../i18n/format';

export function WhatIfTable({ result, money }: { result: WhatIfResult; money: MoneyView }) {
  const { t } = useTranslation('remuneration');
  const change = (current: number, difference: number) =>
    current === 0 ? '—' : formatNumber(difference / current, money.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (
    <table className="data-table">
      <caption>{t('whatIf.byMember')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('payRun.number')}</th>
          <th scope="col">{t('payRun.member')}</th>
          <th scope="col">{t('assignments.category')}</th>
          <th scope="col" className="data-table__number">
            {t('whatIf.current')} ({money.currency})
          </th>
          <th scope="col" className="data-table__number">
            {t('whatIf.proposed')} ({money.currency})
          </th>
          <th scope="col" className="data-table__number">
            {t('whatIf.difference')} ({money.currency})
          </th>
          <th scope="col" className="data-table__number">
            {t('whatIf.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {result.members.map((m) => (
          <tr key={m.memberId}>
            <td>{m.memberNumber}</td>
            <th scope="row">{m.memberName}</th>
            <td>{m.category}</td>
            <td className="data-table__number">{money.plain(m.currentMinor)}</td>
            <td className="data-table__number">{money.plain(m.proposedMinor)}</td>
            <td className="data-table__number">{money.plain(m.differenceMinor)}</td>
            <td className="data-table__number">{change(m.currentMinor, m.differenceMinor)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">{t('whatIf.totals')}</th>
          <td />
          <td className="data-table__number">{money.plain(result.totals.currentMinor)}</td>
          <td className="data-table__number">{money.plain(result.totals.proposedMinor)}</td>
          <td className="data-table__number">{money.plain(result.totals.differenceMinor)}</td>
          <td className="data-table__number">{change(result.totals.currentMinor, result.totals.differenceMinor)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
