/** /attendance/settings: which kinds are paid and count as work, the punctuality tolerance, and members' committed schedules. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AttendanceNav } from './AttendanceNav';
import { KindSettings } from './KindSettings';
import { ScheduleSettings } from './ScheduleSettings';

export function SettingsScreen() {
  const { t } = useTranslation('attendance');
  return (
    <section className="attendance-screen attendance-settings" aria-labelledby="attendance-settings-title">
      <PageHeader title={<span id="attendance-settings-title">{t('settings.title')}</span>} />
      <AttendanceNav />
      <KindSettings />
      <ScheduleSettings />
    </section>
  );
}
