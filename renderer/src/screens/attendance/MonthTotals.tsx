/** A member's month in figures: hours by kind, then what is paid, what counts as work, and the commitment. */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { month } from '../../../../shared/contract/attendance';
import { formatMinutes } from './hours';

export function MonthTotals({ month: m }: { month: z.infer<typeof month> }) {
  const { t } = useTranslation('attendance');
  const recorded = m.totals.reduce((sum, k) => sum + k.minutes, 0);
  const committed = Math.round(m.committedMinutes);
  return (
    <table className="data-table month-totals">
      <caption>{t('month.totalsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('month.kind')}</th>
          <th scope="col" className="data-table__number">
            {t('month.hours')}
          </th>
        </tr>
      </thead>
      <tbody>
        {m.totals.length === 0 && (
          <tr>
            <td colSpan={2}>{t('month.noRecordsMonth')}</td>
          </tr>
        )}
        {m.totals.map((k) => (
          <tr key={k.kind}>
            <th scope="row">{t(`kinds.${k.kind}`)}</th>
            <td className="data-table__number">{formatMinutes(k.minutes)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('month.recorded')}</th>
          <td className="data-table__number">{formatMinutes(recorded)}</td>
        </tr>
        <tr>
          <th scope="row">{t('month.paid')}</th>
          <td className="data-table__number">{formatMinutes(m.paidMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">{t('month.worked')}</th>
          <td className="data-table__number">{formatMinutes(m.workMinutes)}</td>
        </tr>
        <tr>
          <th scope="row">{t('month.committed')}</th>
          <td className="data-table__number">{formatMinutes(committed)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
