/**
 * /assemblies/:id/minutes: the meeting's acts, one per session. A draft is made from what happened and
 * edited; finalising numbers, signs, locks and chains it; a final act is printed to PDF from the book.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../../shared/contract/assemblies';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { NotFound } from '../../app/NotFound';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { failureText } from '../../components/ErrorMessage';
import { QueryState } from '../../components/QueryState';
import { FinaliseDialog } from './FinaliseDialog';
import { MeetingHeader } from './MeetingHeader';
import { MinutesDraft } from './MinutesDraft';
import { SavePdfButton } from './SavePdfButton';
import { useMeetingId } from './use-meeting-id';
import { formatInstantDay, formatTime } from './when';

function FinalAct({ minutes }: { minutes: Minutes }) {
  const { t, i18n } = useTranslation('assemblies');
  const at = minutes.finalisedAt!;
  return (
    <div className="assemblies-minutes assemblies-minutes--final">
      <p className="assemblies-minutes__number">
        {t('minutes.finalLine', { number: minutes.number, date: formatInstantDay(at, i18n.language), time: formatTime(at, i18n.language) })}
      </p>
      <p className="assemblies-minutes__heading">{minutes.heading}</p>
      <p className="assemblies-minutes__text">{minutes.opening}</p>
      {minutes.items.map((item) => (
        <div key={item.number}>
          <h4>{`${item.number}. ${item.title}`}</h4>
          <p className="assemblies-minutes__text">{item.synthesis}</p>
        </div>
      ))}
      <p className="assemblies-minutes__text">{minutes.closing}</p>
      <h4>{t('minutes.signatories')}</h4>
      <ul>
        {minutes.signatories.map((s) => (
          <li key={`${s.role}-${s.memberId}`}>
            {s.memberName} — {t(`signatory.${s.role}`)}
          </li>
        ))}
      </ul>
      <p className="assemblies-hint assemblies-minutes__anchor">{t('minutes.anchor', { anchor: minutes.anchor ?? '' })}</p>
      <SavePdfButton number={minutes.number} label={t('minutes.savePdf')} />
    </div>
  );
}

export function MinutesScreen() {
  const { t } = useTranslation('assemblies');
  const id = useMeetingId();
  const meetingId = id ?? 1;
  const meeting = useRpcQuery('assemblies.get', { id: meetingId }, { enabled: id !== null });
  const minutes = useRpcQuery('assemblies.minutes', { meetingId }, { enabled: id !== null });
  const draft = useRpcMutation('assemblies.draftMinutes');
  const [finalising, setFinalising] = useState<Minutes | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (id === null) return <NotFound />;

  const makeDraft = () => {
    setRefusal(null);
    draft.mutateAsync({ meetingId }).catch((error: unknown) => setRefusal(failureText(t, error)));
  };

  return (
    <QueryState query={meeting}>
      {(data) => (
        <section className="assemblies-screen">
          <MeetingHeader
            meeting={data}
            actions={
              <Button onClick={makeDraft} busy={draft.isPending} disabled={data.sessions.length === 0}>
                {t('minutes.draft')}
              </Button>
            }
          />
          {refusal && (
            <p role="alert" className="assemblies-refusal">
              {refusal}
            </p>
          )}
          <QueryState query={minutes}>
            {(acts) =>
              acts.length === 0 ? (
                <EmptyState title={t('minutes.emptyTitle')}>
                  <p>{data.sessions.length === 0 ? t('minutes.noSession') : t('minutes.empty')}</p>
                </EmptyState>
              ) : (
                acts.map((act) => (
                  <section key={act.id} className="assemblies-panel" aria-labelledby={`act-${act.id}`}>
                    <h2 id={`act-${act.id}`}>
                      {t('minutes.session', { number: act.sessionNumber })}{' '}
                      <span className="badge">{act.status === 'final' ? t('minutes.final') : t('minutes.draftBadge')}</span>
                    </h2>
                    {act.status === 'final' ? <FinalAct minutes={act} /> : <MinutesDraft key={`${act.id}-${act.opening.length}`} minutes={act} onFinalise={() => setFinalising(act)} />}
                  </section>
                ))
              )
            }
          </QueryState>
          <FinaliseDialog minutes={finalising} date={data.date} onClose={() => setFinalising(null)} />
        </section>
      )}
    </QueryState>
  );
}
