/**
 * Leaving the demo for the user's own cooperative: shown only while the demo is open. The File menu's
 * "Leave the demo…" opens this screen with `?leaveDemo=1`, which opens the confirmation at once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useRpcMutation } from '../../api/queries';
import { coopQueryKey, useCoop } from '../../app/use-coop';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';

export const LEAVE_DEMO_PARAM = 'leaveDemo';

export function LeaveDemo() {
  const { t } = useTranslation('coop');
  const coop = useCoop();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const leave = useRpcMutation('coop.leaveDemo');
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  // The menu may ask again while this screen is open: the address, not a one-time state, opens the dialog.
  const open = asking || params.get(LEAVE_DEMO_PARAM) === '1';

  if (!coop.data?.isDemo) return null;

  const close = () => {
    setAsking(false);
    if (params.has(LEAVE_DEMO_PARAM)) setParams({}, { replace: true });
  };
  const confirm = () =>
    leave.mutate(
      {},
      {
        onSuccess: () => {
          // There is no cooperative any more: first run, without waiting for the change event to arrive.
          queryClient.setQueryData(coopQueryKey, null);
          void navigate('/setup', { replace: true });
        },
      },
    );

  return (
    <section className="settings__section stack" aria-labelledby="settings-leave-demo">
      <h2 id="settings-leave-demo">{t('leaveDemo.title')}</h2>
      <p className="settings__intro">{t('leaveDemo.intro')}</p>
      {leave.error && <ErrorMessage error={leave.error} />}
      <div className="cluster">
        <Button variant="danger" onClick={() => setAsking(true)}>
          {t('leaveDemo.action')}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        title={t('leaveDemo.confirmTitle')}
        confirmLabel={t('leaveDemo.confirm')}
        onConfirm={confirm}
        onCancel={close}
        danger
        busy={leave.isPending}
      >
        <p>{t('leaveDemo.confirmBody', { name: coop.data.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
