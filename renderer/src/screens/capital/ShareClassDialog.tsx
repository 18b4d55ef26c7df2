/** A share class's form: nominal value, minimum subscription, the share paid at once, and the refund right. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refundRights, type RefundRight, type ShareClass } from '../../../../shared/contract/capital';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { Select } from '../../components/Select';
import { submitOnEnter } from '../../components/submit-on-enter';
import { typedAmount } from './PayDialog';
import { percentFraction, percentText } from './percent';
import { useMoney } from '../../components/use-coop-money';

function ClassForm({ editing, onClose, onSaved }: { editing: ShareClass | null; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('capital');
  const money = useMoney();
  const save = useRpcMutation('capital.saveClass');
  const [name, setName] = useState(editing?.name ?? '');
  const [nominal, setNominal] = useState(editing ? typedAmount(editing.nominalMinor, money) : '');
  const [minimum, setMinimum] = useState(editing ? typedAmount(editing.minimumSubscriptionMinor, money) : '');
  const [paidNow, setPaidNow] = useState(editing ? percentText(editing.minimumPaidNow, money.locale) : '5');
  const [right, setRight] = useState<RefundRight>(editing?.refundRight ?? 'automatic');
  const [active, setActive] = useState(editing?.active ?? true);
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const nominalMinor = readMoney(nominal, money.locale, money.minorDigits);
  const minimumMinor = minimum.trim() === '' ? 0 : readMoney(minimum, money.locale, money.minorDigits);
  const fraction = percentFraction(paidNow);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '' || nominalMinor === null || nominalMinor <= 0 || minimumMinor === null || minimumMinor < 0 || fraction === null) return;
    try {
      const saved = await save.mutateAsync({
        id: editing?.id ?? null,
        name,
        nominalMinor,
        minimumSubscriptionMinor: minimumMinor,
        minimumPaidNow: fraction,
        refundRight: right,
        active,
      });
      onSaved(saved.name);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      <Field label={t('classes.name')} value={name} maxLength={80} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('classes.nameNeeded') : undefined} />
      <MoneyField label={t('classes.nominal')} text={nominal} onTextChange={setNominal} currency={money.currency} minorDigits={money.minorDigits} required showProblem={tried} />
      <MoneyField
        label={t('classes.minimum')}
        hint={t('classes.minimumHint')}
        text={minimum}
        onTextChange={setMinimum}
        currency={money.currency}
        minorDigits={money.minorDigits}
        showProblem={tried}
      />
      <Field
        label={t('classes.minimumPaidNowPercent')}
        hint={t('classes.minimumPaidNowHint')}
        inputMode="decimal"
        value={paidNow}
        onChange={(e) => setPaidNow(e.target.value)}
        error={tried && fraction === null ? t('classes.percentInvalid') : undefined}
      />
      <Select
        label={t('classes.refundRight')}
        hint={t('classes.refundRightHint')}
        value={right}
        options={refundRights.map((r) => ({ value: r, label: t(`refundRight.${r}`) }))}
        onChange={(e) => setRight(e.target.value as RefundRight)}
      />
      <Checkbox label={t('classes.activeLabel')} checked={active} onChange={(e) => setActive(e.target.checked)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function ShareClassDialog({ editing, onClose, onSaved }: { editing: ShareClass | 'new' | null; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('capital');
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing === 'new' ? t('classes.new') : t('classes.editTitle')}>
      {editing !== null && <ClassForm editing={editing === 'new' ? null : editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
