/**
 * Approving a draft run posts it (pay payable, the journal entry, the capital instalments deducted) and
 * locks it: the dialog says so, takes the posting date and the council's resolution, and shows the pay
 * ratio. A broken ratio blocks approval or asks for the warning to be accepted, as the profile says.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatioPolicy, RunDetail } from '../../../../shared/contract/remuneration';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { Checkbox } from '../../components/Checkbox';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { DateField } from '../../components/DateField';
import { failureText } from '../../components/ErrorMessage';
import type { MoneyView } from '../../components/use-coop-money';
import { periodName } from './month';
import { brokenCap } from './pay-format';
import { RatioNote } from './RatioNote';
import { ResolutionPicker } from './ResolutionPicker';

interface Props {
  run: RunDetail;
  policy: RatioPolicy;
  money: MoneyView;
  onClose: () => void;
  onApproved: (run: RunDetail) => void;
}

/** The period's last day, or today if the period has not ended yet. */
const defaultPostingDate = (to: string) => (to <= localToday() ? to : localToday());

export function ApproveDialog({ run, policy, money, onClose, onApproved }: Props) {
  const { t, i18n } = useTranslation('remuneration');
  const approve = useRpcMutation('remuneration.approveRun');
  const [date, setDate] = useState<string | null>(defaultPostingDate(run.to));
  const [resolutionId, setResolutionId] = useState<number | null>(run.resolutionId);
  const [accepted, setAccepted] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const broken = brokenCap(run.ratio);
  const blocked = broken !== null && policy === 'block';
  const needsAcceptance = broken !== null && !blocked;
  const dateOk = date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);

  const confirm = async () => {
    if (!dateOk || blocked || (needsAcceptance && !accepted)) return;
    try {
      onApproved(await approve.mutateAsync({ runId: run.id, postingDate: date, resolutionId, acceptRatioWarning: accepted }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <Dialog
      open
      title={t('approve.title', { period: periodName(run.period, i18n.language) })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={() => void confirm()} busy={approve.isPending} disabled={!dateOk || blocked || (needsAcceptance && !accepted)}>
            {t('approve.confirm')}
          </Button>
        </>
      }
    >
      <div className="dialog-form">
        {refusal && (
          <p role="alert" className="form-error-summary">
            {refusal}
          </p>
        )}
        <p>{t('approve.what', { count: run.memberCount, net: money.format(run.netMinor) })}</p>
        <p>{t('approve.final')}</p>
        <DateField label={t('approve.postingDate')} value={date} onChange={setDate} required error={dateOk ? undefined : t('approve.dateNeeded')} />
        <ResolutionPicker kind="pay-run" value={resolutionId} onChange={setResolutionId} />
        <RatioNote check={run.ratio} policy={policy} />
        {needsAcceptance && <Checkbox label={t('approve.acceptWarning')} checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />}
      </div>
    </Dialog>
  );
}
