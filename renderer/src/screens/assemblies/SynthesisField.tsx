/** The item's synthesis of the deliberation, typed as people speak; saved with its button or Ctrl+Enter, never lost on switching items. */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';

export function SynthesisField({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('assemblies');
  const save = useRpcMutation('assemblies.saveSynthesis');
  const [text, setText] = useState(item.synthesis ?? '');
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  const changed = text !== (item.synthesis ?? '');
  const id = `synthesis-${item.id}`;

  const store = async () => {
    try {
      await save.mutateAsync({ itemId: item.id, synthesis: text });
      setSaid({ text: t('synthesis.saved'), failed: false });
    } catch (error) {
      setSaid({ text: failureText(t, error), failed: true });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void store();
    }
  };

  return (
    <div className="field assemblies-synthesis">
      <label className="field__label" htmlFor={id}>
        {t('synthesis.label')}
      </label>
      <textarea
        id={id}
        className="field__control assemblies-textarea"
        rows={4}
        maxLength={20_000}
        value={text}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts="Control+Enter"
        onChange={(e) => {
          setText(e.target.value);
          setSaid(null);
        }}
        onBlur={() => {
          if (changed) void store();
        }}
        onKeyDown={onKeyDown}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('synthesis.hint')}
      </p>
      <div className="assemblies-synthesis__actions">
        <Button onClick={() => void store()} disabled={!changed} busy={save.isPending}>
          {t('synthesis.save')}
        </Button>
        <p role="status" className={said?.failed ? 'assemblies-refusal' : 'assemblies-said'}>
          {said?.text}
        </p>
      </div>
    </div>
  );
}
