/**
 * Chooses one member: type part of a name or the member number, then pick from the matches with the
 * arrow keys. The first matches show before anything is typed, so a small coop needs no typing at all.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../api/queries';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number) => void;
}

export function MemberChooser({ label, value, onChange }: Props) {
  const { t } = useTranslation('attendance');
  const id = useId();
  const [search, setSearch] = useState('');
  const found = useRpcQuery('members.list', { search: search.trim(), statuses: [], category: null, limit: 50 });
  const rows = found.data?.rows ?? [];
  return (
    <div className="field member-chooser">
      <label className="field__label" htmlFor={`${id}-search`}>
        {label}
      </label>
      <input id={`${id}-search`} className="field__control" type="search" autoComplete="off" value={search} aria-describedby={`${id}-hint`} onChange={(e) => setSearch(e.target.value)} />
      <p className="field__hint" id={`${id}-hint`}>
        {t('month.chooserHint')}
      </p>
      <select
        className="field__control member-chooser__list"
        aria-label={t('month.chooserMatches', { label })}
        size={Math.min(6, Math.max(2, rows.length))}
        value={value ?? ''}
        onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))}
      >
        {rows.map((row) => (
          <option key={row.id} value={row.id}>
            {`${row.memberNumber} · ${row.lastNames}, ${row.firstNames}`}
          </option>
        ))}
      </select>
      {!found.isPending && rows.length === 0 && <p className="field__hint">{t('month.chooserNone')}</p>}
    </div>
  );
}
