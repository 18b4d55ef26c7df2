/**
 * A proxy a member present holds, in the attendance book: whom it represents and, while the meeting is
 * open, a way to revoke it (the represented member arrives, or withdraws it) after confirmation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';

type Proxy = AttendanceEntry['proxyFor'][number];

export function HeldProxy({ proxy, holder, canRevoke }: { proxy: Proxy; holder: string; canRevoke: boolean }) {
  const { t } = useTranslation('assemblies');
  const revoke = useRpcMutation('assemblies.revokeProxy');
  const [asking, setAsking] = useState(false);
  const represented = `${proxy.memberNumber} · ${proxy.memberName}`;
  return (
    <span className="assemblies-proxy">
      {t('attendance.holdsProxy', { who: represented })}
      {canRevoke && (
        <Button variant="ghost" onClick={() => setAsking(true)} aria-label={t('proxy.revokeWho', { who: represented, holder })}>
          {t('proxy.revoke')}
        </Button>
      )}
      <ConfirmDialog
        open={asking}
        title={t('proxy.revokeTitle')}
        confirmLabel={t('proxy.revoke')}
        danger
        busy={revoke.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => revoke.mutate({ id: proxy.proxyId }, { onSuccess: () => setAsking(false) })}
      >
        <p>{t('proxy.revokeExplain', { who: represented, holder })}</p>
        <ErrorMessage error={revoke.error} />
      </ConfirmDialog>
    </span>
  );
}
