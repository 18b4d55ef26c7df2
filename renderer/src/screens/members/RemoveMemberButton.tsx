/** Deletes an applicant entered by mistake, after asking; the number is retired, never given again. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/contract/members';
import { RpcFailure } from '../../api/client';
import { useRpcMutation } from '../../api/queries';
import { errorText } from '../../i18n';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function RemoveMemberButton({ member, onRefused }: { member: Member; onRefused: (message: string) => void }) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useRpcMutation('members.remove');

  const confirm = async () => {
    try {
      await remove.mutateAsync({ id: member.id });
      await navigate('/members', { state: { removed: member.memberNumber } });
    } catch (error) {
      if (!(error instanceof RpcFailure)) throw error;
      setAsking(false);
      onRefused(errorText(t, error.error));
    }
  };

  return (
    <>
      <Button variant="danger" onClick={() => setAsking(true)}>
        {t('detail.remove')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('detail.removeTitle')}
        confirmLabel={t('detail.removeConfirm')}
        danger
        busy={remove.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('detail.removeMessage', { number: member.memberNumber, name: `${member.firstNames} ${member.lastNames}` })}</p>
      </ConfirmDialog>
    </>
  );
}
