/**
 * A proxy: a voter who is not in the room is represented by one who is. Only absent voters nobody holds a
 * proxy for are offered; the statute's cap (and whether proxies are allowed at all) is the service's to say.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, RollEntry } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Select } from '../../components/Select';

interface Props {
  meetingId: number;
  holder: AttendanceEntry | null;
  roll: readonly RollEntry[];
  attendance: readonly AttendanceEntry[];
  onClose: () => void;
}

function ProxyForm({ meetingId, holder, roll, attendance, onClose }: Props & { holder: AttendanceEntry }) {
  const { t } = useTranslation('assemblies');
  const grant = useRpcMutation('assemblies.grantProxy');
  const inside = new Set(attendance.filter((a) => a.outAt === null).map((a) => a.memberId));
  const represented = new Set(attendance.flatMap((a) => a.proxyFor.map((p) => p.memberId)));
  const absent = roll.filter((r) => r.standing === 'voter' && !inside.has(r.memberId) && !represented.has(r.memberId));
  const [memberId, setMemberId] = useState<number | null>(absent[0]?.memberId ?? null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (memberId === null) return;
    try {
      await grant.mutateAsync({ meetingId, memberId, holderId: holder.memberId });
      onClose();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate className="dialog-form" onSubmit={(e) => void submit(e)}>
      <p>{t('proxy.explain', { who: `${holder.memberNumber} · ${holder.memberName}` })}</p>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      {absent.length === 0 ? (
        <p>{t('proxy.noneAbsent')}</p>
      ) : (
        <Select
          label={t('proxy.represented')}
          value={memberId ?? ''}
          onChange={(e) => setMemberId(Number(e.target.value))}
          options={absent.map((r) => ({ value: String(r.memberId), label: `${r.memberNumber} · ${r.memberName}` }))}
        />
      )}
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={grant.isPending} disabled={memberId === null}>
          {t('proxy.grant')}
        </Button>
      </div>
    </form>
  );
}

export function ProxyDialog(props: Props) {
  const { t } = useTranslation('assemblies');
  return (
    <Dialog open={props.holder !== null} onClose={props.onClose} title={t('proxy.title')} className="assemblies-dialog">
      {props.holder && <ProxyForm {...props} holder={props.holder} />}
    </Dialog>
  );
}
