/**
 * One agenda item: its title, description, expected duration, and whether it needs a vote — under which
 * majority (the statute's rule for the matter), on what subject (office holders are barred from votes on the
 * accounts and their own management) and what kind of resolution other modules will look it up as.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract/assemblies';
import { matters, resolutionKinds, voteSubjects, type Matter, type ResolutionKind, type VoteSubject } from '../../../../shared/domain/assemblies/kinds';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';

interface FormProps {
  meetingId: number;
  item: AgendaItem | null;
  onClose: () => void;
}

function ItemForm({ meetingId, item, onClose }: FormProps) {
  const { t } = useTranslation('assemblies');
  const save = useRpcMutation('assemblies.saveAgendaItem');
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [minutes, setMinutes] = useState(item?.expectedMinutes?.toString() ?? '');
  const [needsVote, setNeedsVote] = useState(item?.needsVote ?? false);
  const [matter, setMatter] = useState<Matter>(item?.matter ?? 'ordinary');
  const [subject, setSubject] = useState<VoteSubject>(item?.subject ?? 'other');
  const [resolutionKind, setResolutionKind] = useState<ResolutionKind>(item?.resolutionKind ?? 'other');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const minutesValid = minutes.trim() === '' || (/^\d{1,4}$/.test(minutes.trim()) && Number(minutes) <= 24 * 60);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (title.trim() === '' || !minutesValid) return;
    try {
      await save.mutateAsync({
        meetingId,
        id: item?.id ?? null,
        title: title.trim(),
        description: description.trim() === '' ? null : description,
        expectedMinutes: minutes.trim() === '' ? null : Number(minutes),
        needsVote,
        matter,
        subject,
        resolutionKind,
      });
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
        label={t('agenda.itemTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        maxLength={200}
        error={tried && title.trim() === '' ? t('agenda.titleNeeded') : undefined}
      />
      <div className="field">
        <label className="field__label" htmlFor="agenda-item-description">
          {t('agenda.description')}
        </label>
        <textarea
          id="agenda-item-description"
          className="field__control assemblies-textarea"
          rows={3}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <Field
        label={t('agenda.expectedMinutes')}
        inputMode="numeric"
        className="field--short"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={tried && !minutesValid ? t('agenda.minutesInvalid') : undefined}
      />
      <Checkbox label={t('agenda.needsVote')} checked={needsVote} onChange={(e) => setNeedsVote(e.target.checked)} />
      {needsVote && (
        <>
          <Select
            label={t('agenda.matter')}
            hint={t('agenda.matterHint')}
            value={matter}
            onChange={(e) => setMatter(e.target.value as Matter)}
            options={matters.map((m) => ({ value: m, label: t(`matter.${m}`) }))}
          />
          <Select
            label={t('agenda.subject')}
            hint={t('agenda.subjectHint')}
            value={subject}
            onChange={(e) => setSubject(e.target.value as VoteSubject)}
            options={voteSubjects.map((s) => ({ value: s, label: t(`subject.${s}`) }))}
          />
          <Select
            label={t('agenda.resolutionKind')}
            value={resolutionKind}
            onChange={(e) => setResolutionKind(e.target.value as ResolutionKind)}
            options={resolutionKinds.map((k) => ({ value: k, label: t(`resolution.${k}`) }))}
          />
        </>
      )}
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

export function ItemDialog({ meetingId, item, open, onClose }: FormProps & { open: boolean }) {
  const { t } = useTranslation('assemblies');
  return (
    <Dialog open={open} onClose={onClose} title={item ? t('agenda.editTitle', { number: item.number }) : t('agenda.addTitle')} className="assemblies-dialog">
      {open && <ItemForm meetingId={meetingId} item={item} onClose={onClose} />}
    </Dialog>
  );
}
