/** /assemblies/:id: preparing a meeting — its details and calls, the agenda, and the checklist before convening. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Meeting } from '../../../../shared/contract/assemblies';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { QueryState } from '../../components/QueryState';
import { NotFound } from '../../app/NotFound';
import { AgendaEditor } from './AgendaEditor';
import { ChecklistPanel } from './ChecklistPanel';
import { MeetingForm } from './MeetingForm';
import { MeetingHeader } from './MeetingHeader';
import { useMeetingId } from './use-meeting-id';
import { formatTime } from './when';

function Details({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('assemblies');
  return (
    <section className="assemblies-panel" aria-labelledby="meeting-details">
      <h2 id="meeting-details">{t('meeting.details')}</h2>
      <dl className="assemblies-facts">
        <div>
          <dt>{t('fields.place')}</dt>
          <dd>{meeting.place}</dd>
        </div>
        <div>
          <dt>{t('fields.mode')}</dt>
          <dd>
            {t(`mode.${meeting.mode}`)}
            {meeting.remoteAccess && ` · ${meeting.remoteAccess}`}
          </dd>
        </div>
        <div>
          <dt>{t('meeting.calls')}</dt>
          <dd>
            <ol className="assemblies-calls">
              {meeting.calls.map((call) => (
                <li key={call.call}>{t('meeting.call', { call: call.call, time: formatTime(call.opensAt, i18n.language) })}</li>
              ))}
            </ol>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function EditDetailsDialog({ meeting, open, onClose }: { meeting: Meeting; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('assemblies');
  const update = useRpcMutation('assemblies.update');
  return (
    <Dialog open={open} onClose={onClose} title={t('meeting.editTitle')} className="assemblies-dialog">
      <MeetingForm
        initial={meeting}
        submitLabel={t('actions.save')}
        busy={update.isPending}
        onCancel={onClose}
        onSubmit={async (details) => {
          await update.mutateAsync({ id: meeting.id, ...details });
          onClose();
        }}
      />
    </Dialog>
  );
}

export function MeetingScreen() {
  const { t } = useTranslation('assemblies');
  const navigate = useNavigate();
  const id = useMeetingId();
  const meeting = useRpcQuery('assemblies.get', { id: id ?? 1 }, { enabled: id !== null });
  const [editing, setEditing] = useState(false);
  if (id === null) return <NotFound />;
  return (
    <QueryState query={meeting}>
      {(data) => (
        <section className="assemblies-screen">
          <MeetingHeader
            meeting={data}
            actions={
              <>
                {data.status === 'planned' && <Button onClick={() => setEditing(true)}>{t('meeting.edit')}</Button>}
                {data.status !== 'planned' && data.status !== 'closed' && (
                  <Button variant="primary" onClick={() => void navigate(`/assemblies/${data.id}/room`)}>
                    {t('meeting.openRoom')}
                  </Button>
                )}
              </>
            }
          />
          <div className="assemblies-columns">
            <div className="assemblies-column">
              <Details meeting={data} />
              <AgendaEditor meeting={data} />
            </div>
            <ChecklistPanel meeting={data} />
          </div>
          <EditDetailsDialog meeting={data} open={editing} onClose={() => setEditing(false)} />
        </section>
      )}
    </QueryState>
  );
}
