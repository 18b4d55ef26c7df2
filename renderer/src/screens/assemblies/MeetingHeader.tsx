/** The heading every page of a meeting shares: its name, where it stands, and the three stages as tabs. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/contract/assemblies';
import { PageHeader } from '../../components/PageHeader';
import { MeetingNav } from './AssembliesNav';
import { meetingName } from './when';

export function MeetingHeader({ meeting, actions }: { meeting: Meeting; actions?: ReactNode }) {
  const { t, i18n } = useTranslation('assemblies');
  return (
    <>
      <PageHeader
        title={meetingName(t, meeting, i18n.language)}
        description={
          <>
            <span className={`badge assemblies-status assemblies-status--${meeting.status}`}>{t(`status.${meeting.status}`)}</span>{' '}
            {t('meeting.where', { time: meeting.time, place: meeting.place })}
          </>
        }
        actions={actions}
      />
      <MeetingNav meetingId={meeting.id} />
    </>
  );
}
