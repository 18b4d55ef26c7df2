/**
 * The grid's unsaved entries and their save: every cell at once, all or nothing. The entries are checked
 * here first (hours that do not read), then by the service's dry run (overlaps, dates outside membership,
 * more than a day), and only a clean set is saved; each problem is kept on its cell, in the user's language.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridCell } from '../../../../shared/contract/attendance';
import type { AttendanceKind } from '../../../../shared/domain/attendance';
import { call } from '../../api/client';
import { errorText } from '../../i18n';
import { changeOf, type CellChange, type EditedCell } from './grid-model';
import type { SavedDay } from './week-data';

/** An entry and what it changes: the saved day it started from, and whose day it is (for the error list). */
export interface PendingEntry extends EditedCell<AttendanceKind> {
  base: SavedDay | null;
  name: string;
}

export interface CellError {
  key: string;
  name: string;
  date: string;
  message: string;
}

export type SaveOutcome = { saved: number } | { problems: CellError[] } | { nothing: true };

export function useWeekEdits() {
  const { t, i18n } = useTranslation('attendance');
  const [entries, setEntries] = useState<Map<string, PendingEntry>>(new Map());
  const [errors, setErrors] = useState<CellError[]>([]);

  const changes = (): CellChange<AttendanceKind>[] =>
    [...entries].map(([key, entry]) => changeOf(key, entry, entry.base ?? undefined, i18n.language)).filter((c) => c !== null);
  const dirtyCount = changes().length;

  const edit = (updates: { key: string; entry: PendingEntry }[]) => {
    setEntries((before) => {
      const next = new Map(before);
      for (const { key, entry } of updates) next.set(key, entry);
      return next;
    });
    // A corrected cell drops its old problem; the others stay until the next save.
    const touched = new Set(updates.map((u) => u.key));
    setErrors((before) => before.filter((e) => !touched.has(e.key)));
  };

  const discard = () => {
    setEntries(new Map());
    setErrors([]);
  };

  const save = async (): Promise<SaveOutcome> => {
    const pending = changes();
    if (pending.length === 0) return { nothing: true };
    const nameOf = (key: string) => entries.get(key)?.name ?? '';
    const local: CellError[] = pending
      .filter((c) => c.action === 'invalid')
      .map((c) => ({ key: c.key, name: nameOf(c.key), date: c.date, message: t(`grid.invalid.${c.action === 'invalid' ? c.reason : 'invalid'}`) }));
    if (local.length > 0) {
      setErrors(local);
      return { problems: local };
    }
    const cells: GridCell[] = pending.map((c) => ({
      memberId: c.memberId,
      date: c.date,
      records: c.action === 'set' ? [{ kind: c.kind, minutes: c.minutes, note: entries.get(c.key)?.base?.note ?? null }] : [],
    }));
    const { problems } = await call('attendance.checkGrid', { cells });
    if (problems.length > 0) {
      const found = problems.map((p) => {
        const change = pending[p.cell]!;
        return { key: change.key, name: nameOf(change.key), date: p.date, message: errorText(t, { key: p.key, message: p.message, params: p.params }) };
      });
      setErrors(found);
      return { problems: found };
    }
    const result = await call('attendance.saveGrid', { cells });
    setErrors([]);
    return { saved: result.cells };
  };

  return { entries, errors, dirtyCount, edit, discard, save };
}
