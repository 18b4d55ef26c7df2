/** The pay section's own pages. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function PayNav() {
  const { t } = useTranslation('remuneration');
  return (
    <SectionTabs
      label={t('nav.label')}
      pages={[
        { to: '/pay', label: t('nav.runs'), end: true },
        { to: '/pay/schemes', label: t('nav.schemes') },
        { to: '/pay/assignments', label: t('nav.assignments') },
        { to: '/pay/what-if', label: t('nav.whatIf') },
      ]}
    />
  );
}
