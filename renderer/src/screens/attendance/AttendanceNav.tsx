/** The attendance section's own pages. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function AttendanceNav() {
  const { t } = useTranslation('attendance');
  return (
    <SectionTabs
      label={t('nav.label')}
      pages={[
        { to: '/attendance', label: t('nav.week'), end: true },
        { to: '/attendance/month', label: t('nav.month') },
        { to: '/attendance/import', label: t('nav.import') },
        { to: '/attendance/reports', label: t('nav.reports') },
        { to: '/attendance/settings', label: t('nav.settings') },
      ]}
    />
  );
}
