/** A purchased input: stock on hand, supplier lead time and scheduled receipts. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { submitOnEnter } from '../../components/submit-on-enter';
import { numberText, readNumber, readWhole, Refusal } from './form-parts';

type Item = Output<'planning.items'>[number];

function ItemForm({ editing, onClose, onSaved }: { editing: Item | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t, i18n } = useTranslation('planning');
  const save = useRpcMutation('planning.saveItem');
  const [code, setCode] = useState(editing?.code ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [unit, setUnit] = useState(editing?.unit ?? '');
  const [onHand, setOnHand] = useState(numberText(editing?.onHand ?? 0, i18n.language));
  const [lead, setLead] = useState(String(editing?.leadTimeDays ?? 7));
  const [supplier, setSupplier] = useState(editing?.supplier ?? '');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stock = readNumber(onHand);
  const leadDays = readWhole(lead, 0, 3650);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (code.trim() === '' || name.trim() === '' || unit.trim() === '' || stock === null || stock < 0 || leadDays === null) return;
    try {
      const saved = await save.mutateAsync({ id: editing?.id ?? null, code, name, unit, onHand: stock, leadTimeDays: leadDays, supplier: supplier.trim() || null, receipts: editing?.receipts ?? [] });
      onSaved(saved.code);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} onKeyDown={submitOnEnter} className="dialog-form">
      <Refusal error={error} />
      <div className="dialog-form__row">
        <Field label={t('items.code')} value={code} maxLength={40} required onChange={(e) => setCode(e.target.value)} error={tried && code.trim() === '' ? t('form.needed') : undefined} />
        <Field label={t('items.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('form.needed') : undefined} />
      </div>
      <div className="dialog-form__row">
        <Field label={t('items.unit')} hint={t('items.unitHint')} value={unit} maxLength={20} required onChange={(e) => setUnit(e.target.value)} error={tried && unit.trim() === '' ? t('form.needed') : undefined} />
        <Field label={t('items.onHand')} inputMode="decimal" value={onHand} onChange={(e) => setOnHand(e.target.value)} error={tried && (stock === null || stock < 0) ? t('form.number') : undefined} />
        <Field label={t('items.lead')} inputMode="numeric" value={lead} onChange={(e) => setLead(e.target.value)} error={tried && leadDays === null ? t('form.whole') : undefined} />
      </div>
      <Field label={t('items.supplier')} value={supplier} maxLength={120} onChange={(e) => setSupplier(e.target.value)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function ItemDialog({ editing, onClose, onSaved }: { editing: Item | 'new' | null; onClose: () => void; onSaved: (code: string) => void }) {
  const { t } = useTranslation('planning');
  return (
    <Dialog open={editing !== null} onClose={onClose} title={editing === 'new' ? t('items.new') : t('items.edit')}>
      {editing !== null && <ItemForm editing={editing === 'new' ? null : editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
