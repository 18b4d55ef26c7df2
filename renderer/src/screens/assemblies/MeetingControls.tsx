/** Recess (cuarto intermedio: the session closes, the next has its own minutes), resume, and closing the meeting. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { failureText } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';

export function MeetingControls({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('assemblies');
  const notify = useToast();
  const recess = useRpcMutation('assemblies.recess');
  const resume = useRpcMutation('assemblies.resume');
  const close = useRpcMutation('assemblies.close');
  const [closing, setClosing] = useState(false);
  const run = (action: () => Promise<unknown>, done: string) => {
    action().then(
      () => notify(done, 'success'),
      (error: unknown) => notify(failureText(t, error), 'error'),
    );
  };
  return (
    <>
      {meeting.status === 'in_session' && (
        <Button busy={recess.isPending} onClick={() => run(() => recess.mutateAsync({ meetingId: meeting.id }), t('room.recessed'))}>
          {t('room.recess')}
        </Button>
      )}
      {meeting.status === 'recess' && (
        <Button variant="primary" busy={resume.isPending} onClick={() => run(() => resume.mutateAsync({ meetingId: meeting.id }), t('room.resumed'))}>
          {t('room.resume')}
        </Button>
      )}
      {(meeting.status === 'in_session' || meeting.status === 'recess') && (
        <Button onClick={() => setClosing(true)}>{t('room.close')}</Button>
      )}
      <ConfirmDialog
        open={closing}
        title={t('room.closeTitle')}
        confirmLabel={t('room.closeConfirm')}
        busy={close.isPending}
        onCancel={() => setClosing(false)}
        onConfirm={() => {
          setClosing(false);
          run(() => close.mutateAsync({ meetingId: meeting.id }), t('room.closed'));
        }}
      >
        <p>{t('room.closeText')}</p>
      </ConfirmDialog>
    </>
  );
}
