/**
 * Finds a member by number, name or identity number as the person types (the register's own search),
 * then offers the matches in a list to choose from with the keyboard.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRpcQuery } from '../../api/queries';

interface Props {
  label: string;
  /** The chosen member's id, or null. */
  value: number | null;
  onChange: (id: number | null) => void;
  /** A member who may not be chosen (the giver of a transfer). */
  excludeId?: number;
  error?: string | undefined;
}

export function MemberPicker({ label, value, onChange, excludeId, error }: Props) {
  const { t } = useTranslation('capital');
  const id = useId();
  const [search, setSearch] = useState('');
  const found = useRpcQuery('members.list', { search, statuses: [], category: null, limit: 20 }, { enabled: search.trim() !== '' });
  const rows = (found.data?.rows ?? []).filter((row) => row.id !== excludeId);
  return (
    <div className={`field member-picker${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${id}-search`}>
        {label}
      </label>
      <input
        id={`${id}-search`}
        className="field__control"
        type="search"
        autoComplete="off"
        value={search}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setSearch(event.target.value);
          onChange(null);
        }}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('picker.hint')}
      </p>
      {search.trim() !== '' && (
        <select
          className="field__control"
          aria-label={t('picker.matches', { label })}
          size={Math.min(5, Math.max(2, rows.length))}
          value={value ?? ''}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        >
          {rows.map((row) => (
            <option key={row.id} value={row.id}>
              {`${row.memberNumber} · ${row.lastNames}, ${row.firstNames}`}
            </option>
          ))}
        </select>
      )}
      {search.trim() !== '' && rows.length === 0 && !found.isPending && <p className="field__hint">{t('picker.none')}</p>}
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
