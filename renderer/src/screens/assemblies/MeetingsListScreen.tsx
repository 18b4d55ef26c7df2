/** /assemblies: the meetings to come (and the one in progress) above, past meetings below; convening starts here. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MeetingSummary } from '../../../../shared/contract/assemblies';
import { useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AssembliesNav } from './AssembliesNav';
import { formatDay, meetingName } from './when';

function MeetingsTable({ caption, meetings }: { caption: string; meetings: readonly MeetingSummary[] }) {
  const { t, i18n } = useTranslation('assemblies');
  const locale = i18n.language;
  return (
    <table className="data-table assemblies-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.meeting')}</th>
          <th scope="col">{t('fields.time')}</th>
          <th scope="col">{t('fields.place')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col" className="data-table__number">{t('list.items')}</th>
          <th scope="col" className="data-table__number">{t('list.present')}</th>
          <th scope="col" className="data-table__number">{t('list.minutes')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id}>
            <th scope="row">
              <Link to={meeting.status === 'in_session' ? `/assemblies/${meeting.id}/room` : `/assemblies/${meeting.id}`}>
                {meetingName(t, meeting, locale)}
              </Link>
            </th>
            <td>{meeting.time}</td>
            <td>{meeting.place}</td>
            <td>
              <span className={`badge assemblies-status assemblies-status--${meeting.status}`}>{t(`status.${meeting.status}`)}</span>
            </td>
            <td className="data-table__number">{meeting.items}</td>
            <td className="data-table__number">{meeting.status === 'in_session' ? meeting.present : ''}</td>
            <td className="data-table__number">{meeting.minutesNumber ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const byDate = (a: MeetingSummary, b: MeetingSummary) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`);

export function MeetingsListScreen() {
  const { t, i18n } = useTranslation('assemblies');
  const navigate = useNavigate();
  const meetings = useRpcQuery('assemblies.list', {});
  const convene = (
    <Button variant="primary" onClick={() => void navigate('/assemblies/new')}>
      {t('list.convene')}
    </Button>
  );
  return (
    <section className="assemblies-screen">
      <PageHeader title={t('list.title')} description={t('list.description')} actions={convene} />
      <AssembliesNav />
      <QueryState query={meetings}>
        {(rows) => {
          if (rows.length === 0) {
            return (
              <EmptyState title={t('list.emptyTitle')} action={convene}>
                <p>{t('list.empty')}</p>
              </EmptyState>
            );
          }
          const upcoming = rows.filter((m) => m.status !== 'closed').sort(byDate);
          const past = rows.filter((m) => m.status === 'closed').sort((a, b) => byDate(b, a));
          return (
            <>
              {upcoming.length > 0 ? (
                <MeetingsTable caption={t('list.upcoming')} meetings={upcoming} />
              ) : (
                <p className="assemblies-hint">{t('list.noUpcoming', { date: formatDay(past[0]!.date, i18n.language) })}</p>
              )}
              {past.length > 0 && <MeetingsTable caption={t('list.past')} meetings={past} />}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
