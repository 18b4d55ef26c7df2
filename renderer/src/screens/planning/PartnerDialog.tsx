/** A partner cooperative of the network: what it takes, how much a week, its lead time and price. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { minorToDecimal } from '../../../../shared/domain/money-format';
import { moneySeparators } from '../../../../shared/domain/money-parse';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyField, readMoney } from '../../components/MoneyField';
import { submitOnEnter } from '../../components/submit-on-enter';
import { useMoney } from '../../components/use-coop-money';
import { readList, readWhole, Refusal } from './form-parts';

type Partner = Output<'planning.partners'>[number];

function PartnerForm({ editing, onClose, onSaved }: { editing: Partner | null; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('planning');
  const money = useMoney();
  const save = useRpcMutation('planning.savePartner');
  const [name, setName] = useState(editing?.name ?? '');
  const [takes, setTakes] = useState(editing?.takes.join(', ') ?? '');
  const [capacity, setCapacity] = useState(editing?.capacityPerWeek === null || !editing ? '' : String(editing.capacityPerWeek));
  const [lead, setLead] = useState(String(editing?.leadTimeDays ?? 5));
  const [price, setPrice] = useState(editing ? minorToDecimal(editing.priceMinor, money.minorDigits).replace('.', moneySeparators(money.locale).decimal) : '');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cap = capacity.trim() === '' ? null : readWhole(capacity, 0, 1e9);
  const leadDays = readWhole(lead, 0, 3650);
  const priceMinor = price.trim() === '' ? 0 : readMoney(price, money.locale, money.minorDigits);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '' || (capacity.trim() !== '' && cap === null) || leadDays === null || priceMinor === null || priceMinor < 0) return;
    try {
      const saved = await save.mutateAsync({ id: editing?.id ?? null, name, takes: readList(takes), capacityPerWeek: cap, leadTimeDays: leadDays, priceMinor, contact: contact.trim() || null });
      onSaved(saved.name);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <Field label={t('partners.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('form.needed') : undefined} />
      <Field label={t('partners.takes')} hint={t('partners.takesHint')} value={takes} onChange={(e) => setTakes(e.target.value)} />
      <div className="dialog-form__row">
        <Field label={t('partners.capacity')} hint={t('partners.capacityHint')} inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} error={tried && capacity.trim() !== '' && cap === null ? t('form.whole') : undefined} />
        <Field label={t('partners.lead')} inputMode="numeric" value={lead} onChange={(e) => setLead(e.target.value)} error={tried && leadDays === null ? t('form.whole') : undefined} />
      </div>
      <MoneyField label={t('partners.price')} text={price} onTextChange={setPrice} currency={money.currency} minorDigits={money.minorDigits} showProblem={tried} />
      <Field label={t('partners.contact')} value={contact} maxLength={200} onChange={(e) => setContact(e.target.value)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function PartnerDialog({ editing, onClose, onSaved }: { editing: Partner | 'new' | null; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing === 'new' ? t('partners.new') : t('partners.edit')}>
      {editing !== null && <PartnerForm editing={editing === 'new' ? null : editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
