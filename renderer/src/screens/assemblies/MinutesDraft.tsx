/** A draft act, drafted from what happened: the opening, each item's synthesis and the closing stay editable until it is finalised. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../../shared/contract/assemblies';
import { useRpcMutation } from '../../api/queries';
import { Button } from '../../components/Button';
import { failureText } from '../../components/ErrorMessage';

function TextArea({ id, label, value, onChange, rows = 4 }: { id: string; label: string; value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} className="field__control assemblies-textarea" rows={rows} maxLength={20_000} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function MinutesDraft({ minutes, onFinalise }: { minutes: Minutes; onFinalise: () => void }) {
  const { t } = useTranslation('assemblies');
  const edit = useRpcMutation('assemblies.editMinutes');
  const [opening, setOpening] = useState(minutes.opening);
  const [items, setItems] = useState(() => minutes.items.map((i) => ({ ...i })));
  const [closing, setClosing] = useState(minutes.closing);
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null);
  const changed =
    opening !== minutes.opening || closing !== minutes.closing || items.some((item, i) => item.synthesis !== minutes.items[i]?.synthesis);

  const save = async () => {
    try {
      await edit.mutateAsync({ id: minutes.id, opening, closing, items: items.map(({ number, synthesis }) => ({ number, synthesis })) });
      setSaid({ text: t('minutes.draftSaved'), failed: false });
    } catch (error) {
      setSaid({ text: failureText(t, error), failed: true });
    }
  };

  return (
    <div className="assemblies-minutes">
      <p className="assemblies-minutes__heading">{minutes.heading}</p>
      <TextArea id={`opening-${minutes.id}`} label={t('minutes.opening')} value={opening} onChange={setOpening} rows={6} />
      {items.map((item, index) => (
        <TextArea
          key={item.number}
          id={`item-${minutes.id}-${item.number}`}
          label={t('minutes.itemLabel', { number: item.number, title: item.title })}
          value={item.synthesis}
          onChange={(value) => setItems((before) => before.map((it, i) => (i === index ? { ...it, synthesis: value } : it)))}
        />
      ))}
      <TextArea id={`closing-${minutes.id}`} label={t('minutes.closing')} value={closing} onChange={setClosing} rows={3} />
      <div className="assemblies-minutes__actions">
        <Button onClick={() => void save()} disabled={!changed} busy={edit.isPending}>
          {t('minutes.saveDraft')}
        </Button>
        <Button variant="primary" disabled={changed} onClick={onFinalise}>
          {t('minutes.finalise')}
        </Button>
        <p role="status" className={said?.failed ? 'assemblies-refusal' : 'assemblies-said'}>
          {changed ? t('minutes.saveFirst') : said?.text}
        </p>
      </div>
    </div>
  );
}
