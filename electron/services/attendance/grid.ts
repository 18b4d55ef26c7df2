/**
 * The week grid's save: each cell is a member's whole day and replaces what the day held. Every cell is
 * checked first (membership, each record, the day as a whole); any problem refuses the whole save, with
 * the problems per cell, and nothing is written. A clean save is one transaction with one audit row.
 */
import type { z } from 'zod';
import type { CellProblem, gridInput } from '../../../shared/contract/attendance';
import { DomainError } from '../../../shared/contract/errors';
import { dayProblems } from '../../../shared/domain/attendance';
import { finding, type ServiceContext } from '../core';
import { isEntryProblem, storedRecord, type StoredRecord } from './entry';
import { membershipProblem, membershipsById } from './membership';
import { auditNow, dayRewriter } from './rows';

type GridInput = z.output<typeof gridInput>;

interface CheckedCell {
  memberId: number;
  date: string;
  records: StoredRecord[];
}

function problemOf(cell: number, memberId: number, date: string, key: string, params: Record<string, string | number>): CellProblem {
  return { cell, memberId, date, key, params, message: finding(key, params).message };
}

/** Every cell's problems (empty: the save can go ahead), and the cells as they will be stored. */
export function checkCells(ctx: ServiceContext, input: GridInput): { problems: CellProblem[]; cells: CheckedCell[] } {
  const members = membershipsById(ctx);
  const problems: CellProblem[] = [];
  const cells: CheckedCell[] = [];
  const seen = new Set<string>();
  input.cells.forEach((cell, index) => {
    const add = (key: string, params: Record<string, string | number> = {}) => problems.push(problemOf(index, cell.memberId, cell.date, key, params));
    const member = members.get(cell.memberId);
    if (!member) return add('attendance:errors.unknownMember', { memberId: cell.memberId });
    const dayKey = `${cell.memberId}|${cell.date}`;
    if (seen.has(dayKey)) return add('attendance:errors.duplicateCell', { memberNumber: member.memberNumber, date: cell.date });
    seen.add(dayKey);
    if (cell.records.length > 0) {
      const outside = membershipProblem(member, cell.date);
      if (outside) return add(outside.key, outside.params);
    }
    const records: StoredRecord[] = [];
    for (const entry of cell.records) {
      const stored = storedRecord(entry);
      if (isEntryProblem(stored)) add(stored.key, stored.params);
      else records.push(stored);
    }
    if (records.length !== cell.records.length) return;
    const before = problems.length;
    for (const p of dayProblems(records)) add(p.key, p.params);
    if (problems.length === before) cells.push({ memberId: cell.memberId, date: cell.date, records });
  });
  return { problems, cells };
}

export function checkGrid(ctx: ServiceContext, input: GridInput): { problems: CellProblem[] } {
  return { problems: checkCells(ctx, input).problems };
}

export function saveGrid(ctx: ServiceContext, input: GridInput): { cells: number; records: number } {
  // Checked and written under one write lock: nothing can slip in between the check and the write.
  const save = ctx.handle.transaction(() => {
    const { problems, cells } = checkCells(ctx, input);
    if (problems.length > 0) {
      const count = problems.length;
      throw new DomainError('CONFLICT', `${count} ${count === 1 ? 'problem' : 'problems'} in the grid; nothing was saved.`, {
        key: 'attendance:errors.gridRejected',
        params: { count },
        issues: problems.map((p) => ({ path: `cells.${p.cell}`, message: p.key })),
      });
    }
    const rewrite = dayRewriter(ctx.handle);
    const changes = cells.map((cell) => {
      const before = rewrite(cell.memberId, cell.date, cell.records.map((r) => ({ ...r, memberId: cell.memberId, date: cell.date })));
      return { memberId: cell.memberId, date: cell.date, before, after: cell.records };
    });
    auditNow(ctx, [{ action: 'attendance.saveGrid', entity: 'attendance_day', entityId: null, before: null, after: changes }]);
    return changes;
  });
  const changes = save.immediate();
  return { cells: changes.length, records: changes.reduce((sum, c) => sum + c.after.length, 0) };
}
