/** The capital section's own pages. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function CapitalNav() {
  const { t } = useTranslation('capital');
  return (
    <SectionTabs
      label={t('nav.label')}
      pages={[
        { to: '/capital', label: t('nav.overview'), end: true },
        { to: '/capital/register', label: t('nav.register') },
        { to: '/capital/refunds', label: t('nav.refunds') },
        { to: '/capital/late', label: t('nav.late') },
        { to: '/capital/classes', label: t('nav.classes') },
      ]}
    />
  );
}
