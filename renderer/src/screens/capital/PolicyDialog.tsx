/**
 * The capital policy the statute sets: the yearly refund ceiling (Argentina: not below 5% of paid-in
 * capital), how many instalments a refund is paid in, interest on pending refunds, the notice before a
 * forfeiture, and the years after which revolving layers are paid out.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapitalPolicy } from '../../../../shared/contract/capital';
import { useRpcMutation, useRpcQuery } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { submitOnEnter } from '../../components/submit-on-enter';
import { useMoney } from '../../components/use-coop-money';
import { percentFraction, percentText } from './percent';

const whole = (text: string, min: number, max: number) => (/^\d{1,4}$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : null);

function PolicyForm({ policy, onClose, onSaved }: { policy: CapitalPolicy; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const update = useRpcMutation('capital.updatePolicy');
  const [ceiling, setCeiling] = useState(policy.refundCeiling ? percentText(policy.refundCeiling, money.locale) : '');
  const [instalments, setInstalments] = useState(String(policy.refundInstalments));
  const [rate, setRate] = useState(policy.pendingRefundRate ? percentText(policy.pendingRefundRate, money.locale) : '');
  const [notice, setNotice] = useState(String(policy.forfeitureNoticeDays));
  const [revolving, setRevolving] = useState(policy.revolvingYears === null ? '' : String(policy.revolvingYears));
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const ceilingValue = ceiling.trim() === '' ? null : percentFraction(ceiling);
  const rateValue = rate.trim() === '' ? null : percentFraction(rate);
  const instalmentsValue = whole(instalments, 1, 120);
  const noticeValue = whole(notice, 0, 3650);
  const revolvingValue = revolving.trim() === '' ? null : whole(revolving, 1, 50);
  const bad = {
    ceiling: ceiling.trim() !== '' && ceilingValue === null,
    rate: rate.trim() !== '' && rateValue === null,
    instalments: instalmentsValue === null,
    notice: noticeValue === null,
    revolving: revolving.trim() !== '' && revolvingValue === null,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(bad).some(Boolean)) return;
    try {
      await update.mutateAsync({
        refundCeiling: ceilingValue,
        refundInstalments: instalmentsValue!,
        pendingRefundRate: rateValue,
        forfeitureNoticeDays: noticeValue!,
        revolvingYears: revolvingValue,
      });
      onSaved();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  const show = (flag: boolean, key: 'policy.percentInvalid' | 'policy.numberInvalid') => (tried && flag ? t(key) : undefined);

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <Field label={t('policy.ceiling')} hint={t('policy.ceilingHint')} inputMode="decimal" value={ceiling} onChange={(e) => setCeiling(e.target.value)} error={show(bad.ceiling, 'policy.percentInvalid')} />
      <div className="dialog-form__row">
        <Field label={t('policy.instalments')} inputMode="numeric" value={instalments} onChange={(e) => setInstalments(e.target.value)} error={show(bad.instalments, 'policy.numberInvalid')} />
        <Field label={t('policy.rate')} hint={t('policy.rateHint')} inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} error={show(bad.rate, 'policy.percentInvalid')} />
      </div>
      <div className="dialog-form__row">
        <Field label={t('policy.notice')} inputMode="numeric" value={notice} onChange={(e) => setNotice(e.target.value)} error={show(bad.notice, 'policy.numberInvalid')} />
        <Field label={t('policy.revolving')} hint={t('policy.revolvingHint')} inputMode="numeric" value={revolving} onChange={(e) => setRevolving(e.target.value)} error={show(bad.revolving, 'policy.numberInvalid')} />
      </div>
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function PolicyDialog({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('capital');
  const policy = useRpcQuery('capital.policy', {}, { enabled: open });
  return (
    <Dialog open={open} onClose={onClose} title={t('policy.title')} className="dialog--wide">
      {open && policy.data && <PolicyForm policy={policy.data} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
