/** One compact bar above the register: search as you type (debounced), category, status chips and the count. */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { memberStatuses, type MemberStatus } from '../../../../shared/domain/members';
import { useRpcQuery } from '../../api/queries';
import type { ListFilters } from './use-list-filters';

const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Shown at the end of the first line: how many members the filters let through. */
  children?: ReactNode;
}

export function MembersFilters({ filters, onChange, searchRef, children }: Props) {
  const { t } = useTranslation('members');
  const ids = useId();
  const [text, setText] = useState(filters.search);
  const categories = useRpcQuery('members.categories', {});

  // The last search this box sent: a URL change from elsewhere (Back, "Clear filters") resets the box,
  // but the echo of our own debounced update must not overwrite what was typed since.
  const sent = useRef(filters.search);

  useEffect(() => {
    if (filters.search !== sent.current) {
      sent.current = filters.search;
      setText(filters.search);
    }
  }, [filters.search]);

  // The latest onChange, read when the timer fires: a status or sort change made while the search waits
  // gives a new onChange, and restarting the timer for it could keep postponing the search.
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (text === sent.current) return undefined;
    const timer = setTimeout(() => {
      sent.current = text;
      latestOnChange.current({ search: text });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const toggleStatus = (status: MemberStatus, on: boolean) =>
    onChange({ statuses: on ? [...filters.statuses, status] : filters.statuses.filter((s) => s !== status) });

  return (
    <div className="members-filters">
      <div className="members-filters__search">
        <label htmlFor={`${ids}-search`}>{t('list.search')}</label>
        <input
          ref={searchRef}
          id={`${ids}-search`}
          type="search"
          value={text}
          placeholder={t('list.searchPlaceholder')}
          aria-describedby={`${ids}-search-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text !== '') {
              e.preventDefault();
              setText('');
            }
          }}
        />
        <span id={`${ids}-search-hint`} className="visually-hidden">
          {t('list.searchHint')}
        </span>
      </div>
      <div className="members-filters__category">
        <label htmlFor={`${ids}-category`}>{t('fields.category')}</label>
        <select
          id={`${ids}-category`}
          value={filters.category ?? ''}
          onChange={(e) => onChange({ category: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{t('list.allCategories')}</option>
          {(categories.data ?? []).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {children}
      <fieldset className="members-filters__statuses">
        <legend>{t('fields.status')}</legend>
        {memberStatuses.map((status) => (
          <label key={status} className="members-filters__chip">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={(e) => toggleStatus(status, e.target.checked)}
            />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
