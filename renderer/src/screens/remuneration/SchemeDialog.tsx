/**
 * A new version of the pay scheme (or a correction of one no posted run has used): its name, the date it
 * takes effect, its rules, and the resolution that adopted it. Saving never rewrites a past run.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeRulesInput, SchemeVersion } from '../../../../shared/contract/remuneration';
import { localToday } from '../../../../shared/domain/dates';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog } from '../../components/Dialog';
import { failureText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useMoney } from '../../components/use-coop-money';
import { ResolutionPicker } from './ResolutionPicker';
import { draftOf, emptyDraft, rulesOf, type SchemeDraft } from './scheme-draft';
import { SchemeRulesFields } from './SchemeRulesFields';

/** A new version starts from a version's rules, or from rules proposed in the what-if; or a version is corrected. */
export type SchemeEditing = { mode: 'new'; from: SchemeVersion | null; rules?: SchemeRulesInput } | { mode: 'edit'; version: SchemeVersion };

function SchemeForm({ editing, onClose, onSaved }: { editing: SchemeEditing; onClose: () => void; onSaved: (saved: SchemeVersion) => void }) {
  const { t } = useTranslation('remuneration');
  const money = useMoney();
  const save = useRpcMutation('remuneration.saveScheme');
  const base = editing.mode === 'edit' ? editing.version : editing.from;
  const [name, setName] = useState(editing.mode === 'edit' ? editing.version.name : (base?.name ?? ''));
  const [effectiveFrom, setEffectiveFrom] = useState<string | null>(editing.mode === 'edit' ? editing.version.effectiveFrom : localToday());
  const proposed = editing.mode === 'new' ? editing.rules : undefined;
  const [draft, setDraft] = useState<SchemeDraft>(proposed ? draftOf(proposed, money) : base ? draftOf(base.rules, money) : emptyDraft());
  const [resolutionId, setResolutionId] = useState<number | null>(editing.mode === 'edit' ? editing.version.resolutionId : null);
  const [note, setNote] = useState(editing.mode === 'edit' ? (editing.version.note ?? '') : '');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const outcome = rulesOf(draft, money);
  const problems = 'problems' in outcome ? outcome.problems : {};
  const dateOk = effectiveFrom !== null && /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!('rules' in outcome) || name.trim() === '' || !dateOk) return;
    try {
      onSaved(
        await save.mutateAsync({
          id: editing.mode === 'edit' ? editing.version.id : null,
          name,
          effectiveFrom,
          rules: outcome.rules,
          resolutionId,
          note: note.trim() === '' ? null : note,
        }),
      );
    } catch (error) {
      setRefusal(failureText(t, error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="dialog-form scheme-form">
      {refusal && (
        <p role="alert" className="form-error-summary">
          {refusal}
        </p>
      )}
      {tried && Object.keys(problems).length > 0 && (
        <p role="alert" className="form-error-summary">
          {t('schemeForm.fixBelow')}
        </p>
      )}
      <div className="scheme-form__row">
        <Field label={t('schemeForm.name')} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} error={tried && name.trim() === '' ? t('schemeForm.nameNeeded') : undefined} />
        <DateField
          label={t('schemeForm.effectiveFrom')}
          value={effectiveFrom}
          onChange={setEffectiveFrom}
          required
          error={tried && !dateOk ? t('schemeForm.dateNeeded') : undefined}
        />
      </div>
      <SchemeRulesFields draft={draft} onChange={(next) => setDraft((before) => ({ ...before, ...next }))} money={money} problems={problems} showProblems={tried} />
      <ResolutionPicker kind="pay-scheme" value={resolutionId} onChange={setResolutionId} />
      <Field label={t('schemeForm.note')} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      <div className="dialog__footer">
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('schemeForm.save')}
        </Button>
      </div>
    </form>
  );
}

export function SchemeDialog({ editing, onClose, onSaved }: { editing: SchemeEditing | null; onClose: () => void; onSaved: (saved: SchemeVersion) => void }) {
  const { t } = useTranslation('remuneration');
  return (
    <Dialog open={editing !== null} onClose={onClose} className="scheme-dialog" title={editing?.mode === 'edit' ? t('schemeForm.editTitle', { version: editing.version.version }) : t('schemeForm.newTitle')}>
      {editing !== null && <SchemeForm editing={editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}
