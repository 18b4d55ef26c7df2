/** /attendance/reports: the period's capacity used, hours by month, members below their commitment, absence and punctuality. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { PeriodFields } from '../../components/PeriodFields';
import { completePeriod, usePeriod } from '../../components/period';
import { AttendanceNav } from './AttendanceNav';
import { BelowReport } from './BelowReport';
import { CapacityReport } from './CapacityReport';
import { HoursReport } from './HoursReport';
import { RatesReport } from './RatesReport';

export function ReportsScreen() {
  const { t } = useTranslation('attendance');
  const [period, setPeriod] = usePeriod();
  const range = completePeriod(period);
  return (
    <section className="attendance-screen attendance-reports" aria-labelledby="attendance-reports-title">
      <PageHeader title={<span id="attendance-reports-title">{t('reports.title')}</span>} description={t('reports.description')} />
      <AttendanceNav />
      <PeriodFields period={period} onChange={setPeriod} />
      {range ? (
        <div className="reports">
          <CapacityReport range={range} />
          <HoursReport range={range} />
          <BelowReport range={range} />
          <RatesReport range={range} />
        </div>
      ) : (
        <p>{t('reports.choosePeriod')}</p>
      )}
    </section>
  );
}
