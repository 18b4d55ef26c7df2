/** Attaching a document to an agenda item: its name and where it is kept (a file's path, a link) — not its bytes. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

function DocumentForm({ itemId, onClose }: { itemId: number; onClose: () => void }) {
  const { t } = useTranslation('assemblies');
  const attach = useRpcMutation('assemblies.attachDocument');
  const [name, setName] = useState('');
  const [reference, setReference] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '' || reference.trim() === '') return;
    try {
      await attach.mutateAsync({ itemId, name: name.trim(), reference: reference.trim() });
      onClose();
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };
  return (
    <form noValidate className="dialog-form" onSubmit={(e) => void submit(e)}>
      {refusal && (
        <p role="alert" className="assemblies-refusal">
          {refusal}
        </p>
      )}
      <Field
        label={t('documents.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        maxLength={200}
        error={tried && name.trim() === '' ? t('documents.nameNeeded') : undefined}
      />
      <Field
        label={t('documents.reference')}
        hint={t('documents.referenceHint')}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        required
        maxLength={1000}
        error={tried && reference.trim() === '' ? t('documents.referenceNeeded') : undefined}
      />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={attach.isPending}>
          {t('documents.attach')}
        </Button>
      </div>
    </form>
  );
}

export function DocumentDialog({ itemId, onClose }: { itemId: number | null; onClose: () => void }) {
  const { t } = useTranslation('assemblies');
  return (
    <Dialog open={itemId !== null} onClose={onClose} title={t('documents.title')} className="assemblies-dialog">
      {itemId !== null && <DocumentForm itemId={itemId} onClose={onClose} />}
    </Dialog>
  );
}
