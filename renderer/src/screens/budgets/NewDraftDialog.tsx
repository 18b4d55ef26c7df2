/**
 * A new draft for the year: empty, from last year's actuals (the journal's figures by account and month),
 * or copied from one of the year's versions. The service refuses a closed year or a second draft.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';

const sources = ['empty', 'lastYearActuals', 'version'] as const;
type DraftSource = (typeof sources)[number];

interface Props {
  year: number;
  versions: readonly { id: number; number: number; status: string }[];
  onClose: () => void;
  onCreated: (id: number) => void;
}

export function NewDraftDialog({ year, versions, onClose, onCreated }: Props) {
  const { t } = useTranslation('budgets');
  const create = useRpcMutation('budgets.createDraft');
  const [from, setFrom] = useState<DraftSource>('empty');
  const [versionId, setVersionId] = useState<number | null>(versions.at(-1)?.id ?? null);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const offered = versions.length > 0 ? sources : sources.filter((s) => s !== 'version');

  const confirm = async () => {
    setRefusal(null);
    try {
      const made = await create.mutateAsync({ year, from, versionId: from === 'version' ? versionId : null, note: note.trim() || null });
      onCreated(made.id);
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <Dialog
      open
      title={t('budget.newDraft.title', { year })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('budget.actions.cancel')}</Button>
          <Button variant="primary" onClick={() => void confirm()} busy={create.isPending}>
            {t('budget.newDraft.confirm')}
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
        <Select
          label={t('budget.newDraft.from')}
          value={from}
          options={offered.map((s) => ({ value: s, label: t(`budget.newDraft.sources.${s}`, { year: year - 1 }) }))}
          onChange={(event) => setFrom(event.target.value as DraftSource)}
        />
        {from === 'version' && (
          <Select
            label={t('budget.newDraft.version')}
            value={versionId ?? ''}
            options={versions.map((v) => ({ value: String(v.id), label: t('budget.versions.name', { number: v.number, status: t(`budget.status.${v.status}`) }) }))}
            onChange={(event) => setVersionId(Number(event.target.value))}
          />
        )}
        <Field label={t('budget.newDraft.note')} hint={t('budget.newDraft.noteHint')} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
      </div>
    </Dialog>
  );
}
