/** The planning section's own pages. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function PlanningNav() {
  const { t } = useTranslation('planning');
  return (
    <SectionTabs
      label={t('nav.label')}
      pages={[
        { to: '/planning', label: t('nav.plan'), end: true },
        { to: '/planning/orders', label: t('nav.orders') },
        { to: '/planning/load', label: t('nav.load') },
        { to: '/planning/scenarios', label: t('nav.scenarios') },
        { to: '/planning/shop', label: t('nav.shop') },
        { to: '/planning/products', label: t('nav.products') },
      ]}
    />
  );
}
