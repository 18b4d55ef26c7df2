/**
 * Before convening: the statute's notice period, the agenda published, the roll of voters generated and the
 * documents attached. Each line says whether it is met in words and with a mark (never colour alone); the
 * convocation and the roll print from here.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { convocationRoute, rollRoute, type Meeting } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

function Check({ met, label, children }: { met: boolean; label: string; children?: ReactNode }) {
  const { t } = useTranslation('assemblies');
  return (
    <li className={`assemblies-check assemblies-check--${met ? 'met' : 'open'}`}>
      <span className="assemblies-check__mark" aria-hidden="true">
        {met ? '✓' : '○'}
      </span>
      <div>
        <p className="assemblies-check__label">
          {label} <span className="visually-hidden">{met ? t('checklist.met') : t('checklist.open')}</span>
        </p>
        {children}
      </div>
    </li>
  );
}

export function ChecklistPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('assemblies');
  const navigate = useNavigate();
  const notify = useToast();
  const publish = useRpcMutation('assemblies.publishAgenda');
  const generate = useRpcMutation('assemblies.generateRoll');
  const convene = useRpcMutation('assemblies.convene');
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = meeting.checklist;
  const planned = meeting.status === 'planned';

  const run = async (action: () => Promise<string>) => {
    setRefusal(null);
    try {
      notify(await action(), 'success');
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <section className="assemblies-panel assemblies-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('checklist.title')}</h2>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <ul className="assemblies-checks">
        <Check met={list.noticeMet} label={t('checklist.notice')}>
          <p className="assemblies-hint">{t('checklist.noticeDetail', { given: list.noticeGiven, needed: list.noticeDays })}</p>
        </Check>
        <Check met={list.agendaPublished} label={t('checklist.agenda')}>
          {!list.agendaPublished && planned && (
            <Button
              busy={publish.isPending}
              disabled={meeting.agenda.length === 0}
              onClick={() => void run(async () => (await publish.mutateAsync({ meetingId: meeting.id }), t('checklist.published')))}
            >
              {t('checklist.publish')}
            </Button>
          )}
        </Check>
        <Check met={list.rollGenerated} label={t('checklist.roll')}>
          {planned && (
            <Button
              busy={generate.isPending}
              onClick={() =>
                void run(async () => {
                  const { voters, speakers } = await generate.mutateAsync({ meetingId: meeting.id });
                  return t('checklist.generated', { voters, speakers });
                })
              }
            >
              {list.rollGenerated ? t('checklist.regenerate') : t('checklist.generate')}
            </Button>
          )}
        </Check>
        <Check met={list.documentsAttached} label={t('checklist.documents')} />
      </ul>
      {planned ? (
        <Button
          variant="primary"
          disabled={!list.ready}
          busy={convene.isPending}
          onClick={() => void run(async () => (await convene.mutateAsync({ meetingId: meeting.id }), t('checklist.convened')))}
        >
          {t('checklist.convene')}
        </Button>
      ) : (
        <p className="assemblies-hint">{meeting.noticeDate ? t('checklist.convenedOn', { date: meeting.noticeDate }) : null}</p>
      )}
      {planned && !list.ready && <p className="assemblies-hint">{t('checklist.notReady')}</p>}
      <div className="assemblies-print-actions">
        <Button onClick={() => void navigate(convocationRoute(meeting.id))}>{t('print.convocation')}</Button>
        <Button disabled={!list.rollGenerated} onClick={() => void navigate(rollRoute(meeting.id))}>
          {t('print.roll')}
        </Button>
      </div>
    </section>
  );
}
