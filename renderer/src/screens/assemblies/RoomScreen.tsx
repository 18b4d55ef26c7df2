/**
 * /assemblies/:id/room: the meeting as it happens. The quorum and the projector's controls across the top,
 * the attendance book on one side and the item under discussion on the other, so the secretary never leaves
 * this page while people talk.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { NotFound } from '../../app/NotFound';
import { QueryState } from '../../components/QueryState';
import { AttendanceBook } from './AttendanceBook';
import { ItemPanel, OFF_AGENDA } from './ItemPanel';
import { MeetingControls } from './MeetingControls';
import { MeetingHeader } from './MeetingHeader';
import { ProjectorControls } from './ProjectorControls';
import { QuorumBar } from './QuorumBar';
import { useMeetingId } from './use-meeting-id';

/** The quorum depends on the clock (calls open by time): ask again now and then, besides on every change. */
const QUORUM_REFRESH_MS = 30_000;

export function RoomScreen() {
  const { t } = useTranslation('assemblies');
  const id = useMeetingId();
  const meetingId = id ?? 1;
  const enabled = id !== null;
  const meeting = useRpcQuery('assemblies.get', { id: meetingId }, { enabled });
  const quorum = useRpcQuery('assemblies.quorum', { meetingId }, { enabled, refetchInterval: QUORUM_REFRESH_MS, staleTime: 0 });
  const attendance = useRpcQuery('assemblies.attendance', { meetingId }, { enabled });
  const roll = useRpcQuery('assemblies.roll', { meetingId }, { enabled });
  const motions = useRpcQuery('assemblies.motions', { meetingId }, { enabled });
  const coop = useCoop();
  const [chosen, setChosen] = useState<number | typeof OFF_AGENDA | null>(null);
  const refetchQuorum = quorum.refetch;
  const onCallOpened = useCallback(() => void refetchQuorum(), [refetchQuorum]);
  if (id === null) return <NotFound />;

  return (
    <QueryState query={meeting}>
      {(data) => {
        const current = chosen ?? data.agenda[0]?.id ?? OFF_AGENDA;
        const open = data.status !== 'closed' && data.status !== 'planned';
        return (
          <section className="assemblies-screen assemblies-room">
            <MeetingHeader meeting={data} actions={<MeetingControls meeting={data} />} />
            {data.status === 'planned' && <p className="assemblies-warning">{t('room.notConvened')}</p>}
            <div className="assemblies-room__top">
              {quorum.data && <QuorumBar meeting={data} quorum={quorum.data} onCallOpened={onCallOpened} />}
              <ProjectorControls meetingId={data.id} itemId={current === OFF_AGENDA ? null : current} />
            </div>
            <div className="assemblies-room__body">
              <AttendanceBook
                meetingId={data.id}
                roll={roll.data ?? []}
                attendance={attendance.data ?? []}
                open={open}
                proxiesAllowed={coop.data?.statute.proxies.allowed ?? false}
              />
              <ItemPanel meeting={data} current={current} onChoose={setChosen} motions={motions.data ?? []} attendance={attendance.data ?? []} />
            </div>
          </section>
        );
      }}
    </QueryState>
  );
}
