/** The assemblies section's own pages, and a meeting's three stages: preparing it, the room, its minutes. */
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/SectionTabs';

export function AssembliesNav() {
  const { t } = useTranslation('assemblies');
  return (
    <SectionTabs
      label={t('nav.label')}
      pages={[
        { to: '/assemblies', label: t('nav.meetings'), end: true },
        { to: '/assemblies/book', label: t('nav.book') },
        { to: '/assemblies/officers', label: t('nav.officers') },
      ]}
    />
  );
}

export function MeetingNav({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('assemblies');
  return (
    <SectionTabs
      label={t('nav.meetingLabel')}
      pages={[
        { to: `/assemblies/${meetingId}`, label: t('nav.preparation'), end: true },
        { to: `/assemblies/${meetingId}/room`, label: t('nav.room') },
        { to: `/assemblies/${meetingId}/minutes`, label: t('nav.minutes') },
      ]}
    />
  );
}
