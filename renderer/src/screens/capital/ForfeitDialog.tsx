/**
 * Forfeiting a subscription whose instalment is still unpaid after the statute's notice period: the
 * notice date is asked for (the service checks the period has run), and the action is confirmed.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/dates';
import type { z } from 'zod';
import type { lateInstalment } from '../../../../shared/contract/capital';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { useMoney } from '../../components/use-coop-money';

export type LateInstalment = z.infer<typeof lateInstalment>;

function ForfeitForm({ late, onClose, onDone }: { late: LateInstalment; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const forfeit = useRpcMutation('capital.forfeit');
  const [notice, setNotice] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(localToday());
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const iso = (d: string | null): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!iso(notice) || !iso(date)) return;
    try {
      const op = await forfeit.mutateAsync({ subscriptionId: late.subscriptionId, noticeDate: notice, date });
      onDone(t('forfeit.done', { number: late.memberNumber, amount: money.format(op.amountMinor) }));
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form">
      <p>{t('forfeit.explain', { name: late.memberName, number: late.memberNumber })}</p>
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <DateField label={t('forfeit.notice')} hint={t('forfeit.noticeHint')} value={notice} onChange={setNotice} required error={tried && !iso(notice) ? t('forfeit.noticeNeeded') : undefined} />
      <DateField label={t('fields.date')} value={date} onChange={setDate} required />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="danger" busy={forfeit.isPending}>
          {t('forfeit.confirm')}
        </Button>
      </div>
    </form>
  );
}

export function ForfeitDialog({ late, onClose, onDone }: { late: LateInstalment | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('capital');
  return (
    <Dialog open={late !== null} onClose={onClose} title={t('forfeit.title')}>
      {late && <ForfeitForm late={late} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}
