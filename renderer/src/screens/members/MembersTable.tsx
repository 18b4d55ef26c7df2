/**
 * The register as a virtualised ARIA grid: only the rows in view are in the DOM, pages of 100 are
 * fetched as they scroll in, and aria-rowcount/aria-rowindex keep a screen reader's "row n of N" right.
 * Arrow keys, Page Up/Down and Home/End move between rows; Enter opens the member.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberGridRow } from './MemberGridRow';
import { SortHeader } from '../../components/SortHeader';
import { PAGE_SIZE } from './use-member-pages';
import type { ListFilters, SortField } from './use-list-filters';
import type { MemberRow } from '../../../../shared/contract/members';

/** Match members.css: a body row is 28 px, the header at least 36. */
const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 36;

interface Props {
  total: number;
  rowAt: (index: number) => MemberRow | undefined;
  busy: boolean;
  filters: ListFilters;
  onSort: (field: SortField) => void;
  onOpen: (id: number) => void;
  onVisiblePages: (pages: number[]) => void;
}

export function MembersTable({ total, rowAt, busy, filters, onSort, onOpen, onVisiblePages }: Props) {
  const { t } = useTranslation('members');
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  // Keep one row in the tab order even when the active one has scrolled out of the DOM.
  const tabStop = items.some((item) => item.index === active) ? active : firstIndex;

  useEffect(() => {
    const pages: number[] = [];
    for (let p = Math.floor(firstIndex / PAGE_SIZE); p <= Math.floor(lastIndex / PAGE_SIZE); p += 1) pages.push(p);
    onVisiblePages(pages);
  }, [firstIndex, lastIndex, onVisiblePages]);

  useEffect(() => {
    setActive(0);
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [filters]);

  useEffect(() => {
    if (!focusPending.current) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => {
        const row = rowAt(active);
        if (row) onOpen(row.id);
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const onFocusRow = useCallback((index: number) => setActive(index), []);

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={t('list.tableLabel')}
      aria-rowcount={total + 1}
      aria-colcount={7}
      aria-busy={busy}
      className="members-grid"
    >
      <div role="rowgroup" className="members-grid__head">
        <div role="row" aria-rowindex={1} className="members-grid__row">
          <SortHeader field="memberNumber" label={t('list.numberColumn')} order={filters} onSort={onSort} className="members-grid__cell" />
          <SortHeader field="lastNames" label={t('fields.lastNames')} order={filters} onSort={onSort} className="members-grid__cell" />
          <div role="columnheader" className="members-grid__cell">{t('fields.firstNames')}</div>
          <div role="columnheader" className="members-grid__cell">{t('fields.nationalId')}</div>
          <SortHeader field="category" label={t('fields.category')} order={filters} onSort={onSort} className="members-grid__cell" />
          <SortHeader field="status" label={t('fields.status')} order={filters} onSort={onSort} className="members-grid__cell" />
          <SortHeader field="joinDate" label={t('fields.joinDate')} order={filters} onSort={onSort} className="members-grid__cell" />
        </div>
      </div>
      <div
        ref={bodyRef}
        role="rowgroup"
        className="members-grid__body"
        // Virtualisation: the body is as tall as every row would be; set through the CSSOM (CSP-safe).
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <MemberGridRow
            key={item.key}
            index={item.index}
            start={item.start}
            row={rowAt(item.index)}
            focusable={item.index === tabStop}
            onOpen={onOpen}
            onFocusRow={onFocusRow}
          />
        ))}
      </div>
    </div>
  );
}
