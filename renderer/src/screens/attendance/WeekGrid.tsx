/**
 * The week as a spreadsheet: members down, days across, one cell a member's day. Arrows, Tab, Enter,
 * Home/End and Page Up/Down move; typing a number starts an entry (7:30, 7,5); a kind's letter gives the
 * cell its kind; Delete clears; a block copied from a spreadsheet pastes from the active cell. Only the
 * rows in view are in the DOM, so a coop of 2,000 members types as fast as one of 20.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceKind } from '../../../../shared/domain/attendance';
import { formatDate } from '../../i18n/format';
import { cellKey, parseBlock, placeBlock, splitKey, type EditedCell } from './grid-model';
import { formatMinutes, parseHours } from './hours';
import { kindLetters, kindOfLetter } from './kind-keys';
import { committedOn, isMemberOn, type GridMember, type WeekCells } from './week-data';
import { WeekGridRow, type CellView } from './WeekGridRow';

/** Match attendance.css: a body row is 36 px, the header 44. */
const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 44;

export interface CellEdit {
  key: string;
  edit: EditedCell<AttendanceKind>;
}

interface Props {
  label: string;
  /** The id of the keys' legend, read by screen readers with the grid's name. */
  describedBy: string;
  members: readonly GridMember[];
  days: readonly string[];
  cells: WeekCells;
  edits: ReadonlyMap<string, EditedCell<AttendanceKind>>;
  problems: ReadonlyMap<string, string>;
  /** A cell to bring into view and focus (an error summary's link), with a counter so the same one can be asked twice. */
  focusRequest: { key: string; n: number } | null;
  onEdit: (changes: CellEdit[]) => void;
  /** A sentence for the live region: a closed cell typed into, a paste partly outside the week. */
  onNotice: (message: string) => void;
}

const startsEntry = /^[\d:.,]$/;

export function WeekGrid({ label, describedBy, members, days, cells, edits, problems, focusRequest, onEdit, onNotice }: Props) {
  const { t, i18n } = useTranslation('attendance');
  const locale = i18n.language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [editing, setEditingState] = useState<{ key: string; text: string } | null>(null);
  // The entry being typed, read by commit: a blur after Escape or after a move must not commit it again.
  const editingRef = useRef<{ key: string; text: string } | null>(null);
  const setEditing = (next: { key: string; text: string } | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const focusPending = useRef(false);
  const letters = useMemo(() => kindLetters(t), [t]);
  const rowIds = useMemo(() => members.map((m) => m.memberId), [members]);

  const virtualizer = useVirtualizer({
    count: members.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();

  const keyAt = (row: number, col: number) => {
    const member = members[row];
    const date = days[col];
    return member && date ? cellKey(member.memberId, date) : null;
  };

  /** What a cell shows: the typed text over the saved value; whether it can be edited at all. */
  const viewOf = (member: GridMember, date: string): CellView => {
    const key = cellKey(member.memberId, date);
    const edit = edits.get(key);
    const saved = cells.saved.get(key);
    const locked = cells.locked.get(key);
    if (!isMemberOn(member, date)) return { key, state: 'outside', text: '', kind: null, dirty: false, problem: null };
    if (locked) return { key, state: 'locked', minutes: locked.minutes, kinds: locked.kinds, text: '', kind: null, dirty: false, problem: problems.get(key) ?? null };
    const problem = problems.get(key) ?? null;
    if (edit) {
      const parsed = edit.text.trim() === '' ? null : parseHours(edit.text, locale);
      const same = saved && parsed?.ok && parsed.minutes === saved.minutes && edit.kind === saved.kind;
      const dirty = !same && !(edit.text.trim() === '' && !saved);
      return { key, state: 'open', text: edit.text, kind: edit.text.trim() === '' ? null : edit.kind, dirty, problem };
    }
    return saved
      ? { key, state: 'open', minutes: saved.minutes, text: '', kind: saved.kind, dirty: false, problem }
      : { key, state: 'open', text: '', kind: null, dirty: false, problem };
  };

  // A layout effect: the focus must move before the next key arrives, or a fast typist's second digit
  // would land on the cell instead of in the entry its first digit opened.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const key = keyAt(active.row, active.col);
    const target = editing
      ? bodyRef.current?.querySelector<HTMLInputElement>('input')
      : key && bodyRef.current?.querySelector<HTMLElement>(`[data-cell="${key}"]`);
    if (target) {
      focusPending.current = false;
      target.focus();
      // The caret after what is already typed, as a spreadsheet leaves it.
      if (target instanceof HTMLInputElement) target.setSelectionRange(target.value.length, target.value.length);
    }
  });

  useEffect(() => {
    if (!focusRequest) return;
    const row = members.findIndex((m) => focusRequest.key.startsWith(`${m.memberId}|`));
    const col = days.findIndex((d) => focusRequest.key.endsWith(`|${d}`));
    if (row >= 0 && col >= 0) moveTo(row, col);
    // Only a new request moves the focus; the grid's own moves do not re-run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  function moveTo(row: number, col: number) {
    const r = Math.max(0, Math.min(members.length - 1, row));
    const c = Math.max(0, Math.min(days.length - 1, col));
    focusPending.current = true;
    setActive({ row: r, col: c });
    virtualizer.scrollToIndex(r, { align: 'auto' });
  }

  const kindOf = (key: string): AttendanceKind => edits.get(key)?.kind ?? cells.saved.get(key)?.kind ?? 'work';

  /** Whether the cell takes a value; says why not when it does not. */
  const writable = (row: number, col: number): boolean => {
    const member = members[row];
    const date = days[col];
    if (!member || !date) return false;
    if (!isMemberOn(member, date)) {
      onNotice(t('grid.notMember', { name: member.name, date }));
      return false;
    }
    if (cells.locked.has(cellKey(member.memberId, date))) {
      onNotice(t('grid.lockedCell', { name: member.name, date }));
      return false;
    }
    return true;
  };

  const commit = () => {
    const entry = editingRef.current;
    if (!entry) return;
    setEditing(null);
    const current = edits.get(entry.key);
    const saved = cells.saved.get(entry.key);
    const unchanged = current ? current.text === entry.text : saved ? entry.text === formatMinutes(saved.minutes) : entry.text === '';
    if (!unchanged) onEdit([{ key: entry.key, edit: { text: entry.text, kind: kindOf(entry.key) } }]);
  };

  const setKind = (row: number, col: number, kind: AttendanceKind) => {
    const key = keyAt(row, col);
    const member = members[row];
    if (!key || !member || !writable(row, col)) return;
    const current = edits.get(key)?.text;
    const saved = cells.saved.get(key);
    // An empty day given a kind covers the member's committed hours that day, as a holiday does.
    const text = current !== undefined && current.trim() !== '' ? current : saved ? formatMinutes(saved.minutes) : formatMinutes(committedOn(member, days[col]!));
    onEdit([{ key, edit: { text, kind } }]);
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.altKey || event.metaKey) return;
    const { row, col } = active;
    const lastRow = members.length - 1;
    const lastCol = days.length - 1;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    if (editing) {
      const moves: Record<string, () => void> = {
        Enter: () => moveTo(event.shiftKey ? row - 1 : row + 1, col),
        Tab: () => tabFrom(event.shiftKey),
        ArrowDown: () => moveTo(row + 1, col),
        ArrowUp: () => moveTo(row - 1, col),
      };
      if (event.key === 'Escape') {
        event.preventDefault();
        focusPending.current = true;
        setEditing(null);
      } else if (moves[event.key] && !(event.key === 'Tab' && atEdge(event.shiftKey))) {
        event.preventDefault();
        commit();
        moves[event.key]!();
      } else if (event.key === 'Tab') commit();
      return;
    }
    if (event.ctrlKey) {
      const jumps: Record<string, () => void> = { Home: () => moveTo(0, 0), End: () => moveTo(lastRow, lastCol) };
      if (jumps[event.key]) {
        event.preventDefault();
        jumps[event.key]!();
      }
      return;
    }
    const key = keyAt(row, col);
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(row + 1, col),
      ArrowUp: () => moveTo(row - 1, col),
      ArrowRight: () => moveTo(row, col + 1),
      ArrowLeft: () => moveTo(row, col - 1),
      Home: () => moveTo(row, 0),
      End: () => moveTo(row, lastCol),
      PageDown: () => moveTo(row + page, col),
      PageUp: () => moveTo(row - page, col),
      Enter: () => startEditing(row, col, null),
      F2: () => startEditing(row, col, null),
      Delete: () => key && writable(row, col) && onEdit([{ key, edit: { text: '', kind: kindOf(key) } }]),
      Backspace: () => key && writable(row, col) && onEdit([{ key, edit: { text: '', kind: kindOf(key) } }]),
    };
    if (event.key === 'Tab') {
      if (atEdge(event.shiftKey)) return;
      event.preventDefault();
      tabFrom(event.shiftKey);
    } else if (moves[event.key]) {
      event.preventDefault();
      moves[event.key]!();
    } else if (startsEntry.test(event.key)) {
      event.preventDefault();
      startEditing(row, col, event.key);
    } else if (event.key.length === 1) {
      const kind = kindOfLetter(letters, event.key);
      if (kind) {
        event.preventDefault();
        setKind(row, col, kind);
      }
    }
  };

  /** Tab leaves the grid only from its last cell (Shift+Tab from its first), so the page stays reachable. */
  const atEdge = (back: boolean) =>
    back ? active.row === 0 && active.col === 0 : active.row === members.length - 1 && active.col === days.length - 1;

  const tabFrom = (back: boolean) => {
    const { row, col } = active;
    if (back) moveTo(col === 0 ? row - 1 : row, col === 0 ? days.length - 1 : col - 1);
    else moveTo(col === days.length - 1 ? row + 1 : row, col === days.length - 1 ? 0 : col + 1);
  };

  function startEditing(row: number, col: number, first: string | null) {
    const key = keyAt(row, col);
    if (!key || !writable(row, col)) return;
    const saved = cells.saved.get(key);
    const text = first ?? edits.get(key)?.text ?? (saved ? formatMinutes(saved.minutes) : '');
    focusPending.current = true;
    setEditing({ key, text });
  }

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // A single value pasted into the entry being typed is the input's own business.
    if (editing && !/[\t\n]/.test(text)) return;
    event.preventDefault();
    setEditing(null);
    const placed = placeBlock(parseBlock(text), { rows: rowIds, days, row: active.row, col: active.col });
    const changes: CellEdit[] = [];
    let closed = placed.outside;
    for (const cell of placed.cells) {
      const { memberId, date } = splitKey(cell.key);
      const member = members.find((m) => m.memberId === memberId);
      if (!member || !isMemberOn(member, date) || cells.locked.has(cell.key)) {
        closed += 1;
        continue;
      }
      const kind = kindOfLetter(letters, cell.text);
      changes.push(
        kind
          ? { key: cell.key, edit: { text: formatMinutes(cells.saved.get(cell.key)?.minutes ?? committedOn(member, date)), kind } }
          : { key: cell.key, edit: { text: cell.text, kind: kindOf(cell.key) } },
      );
    }
    onEdit(changes);
    onNotice(closed > 0 ? t('grid.pastedSome', { count: changes.length, skipped: closed }) : t('grid.pasted', { count: changes.length }));
  };

  const activeKey = keyAt(active.row, active.col);
  const tabRow = items.some((item) => item.index === active.row) ? active.row : (items[0]?.index ?? 0);

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-describedby={describedBy}
      aria-rowcount={members.length + 1}
      aria-colcount={days.length + 2}
      className="week-grid"
      onKeyDown={onGridKeyDown}
      onPaste={onPaste}
    >
      <div role="rowgroup" className="week-grid__head">
        <div role="row" aria-rowindex={1} className="week-grid__row">
          <div role="columnheader" aria-colindex={1} className="week-grid__cell week-grid__member">
            {t('grid.member')}
          </div>
          {days.map((date, i) => (
            <div role="columnheader" aria-colindex={i + 2} key={date} className="week-grid__cell week-grid__day">
              <span className="week-grid__weekday">{formatDate(date, locale, { weekday: 'short' })}</span>
              <span className="week-grid__date">{formatDate(date, locale, { day: 'numeric', month: 'numeric' })}</span>
            </div>
          ))}
          <div role="columnheader" aria-colindex={days.length + 2} className="week-grid__cell week-grid__total">
            {t('grid.total')}
          </div>
        </div>
      </div>
      <div ref={bodyRef} role="rowgroup" className="week-grid__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const member = members[item.index]!;
          return (
            <WeekGridRow
              key={member.memberId}
              index={item.index}
              start={item.start}
              member={member}
              cells={days.map((date) => viewOf(member, date))}
              activeKey={item.index === tabRow ? (item.index === active.row ? activeKey : keyAt(item.index, 0)) : null}
              editing={editing}
              locale={locale}
              onFocusCell={(col) => {
                if (active.row !== item.index || active.col !== col) setActive({ row: item.index, col });
              }}
              onEditText={(text) => editingRef.current && setEditing({ ...editingRef.current, text })}
              onCommit={commit}
            />
          );
        })}
      </div>
    </div>
  );
}

