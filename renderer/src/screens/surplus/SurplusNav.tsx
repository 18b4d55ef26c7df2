/** The surplus section's own pages; the year chosen travels with them. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function SurplusNav({ year }: { year: number }) {
  const { t } = useTranslation('surplus');
  return (
    <SectionTabs
      label={t('nav.label')}
      pages={[
        { to: `/surplus?year=${year}`, label: t('nav.year'), end: true },
        { to: `/surplus/simulate?year=${year}`, label: t('nav.simulate') },
        { to: `/surplus/compare?year=${year}`, label: t('nav.compare') },
        { to: `/surplus/post?year=${year}`, label: t('nav.post') },
        { to: `/surplus/returns?year=${year}`, label: t('nav.returns') },
        { to: `/surplus/statements?year=${year}`, label: t('statement.tab') },
      ]}
    />
  );
}
