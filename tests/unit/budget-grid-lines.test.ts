/**
 * The budget grid's working copy (renderer/src/screens/budgets/budget-lines.ts): what a person typed in the
 * coop's decimal format is read exactly, an empty month is zero, and anything that cannot be read — or a
 * negative amount, which a budget line never holds — stops the save instead of being guessed.
 */
import { describe, expect, it } from 'vitest';
import { cellMinor, draftLines, emptyLine, gridTotals, lineTotal, readLines } from '../../renderer/src/screens/budgets/budget-lines';

const kinds = { sales: 'income', materials: 'expense' } as const;
const kindOf = (account: string) => kinds[account as keyof typeof kinds];

describe('budget grid cells', () => {
  it('reads amounts in the coop’s language: 1.234,56 in es, 1,234.56 in en', () => {
    expect(cellMinor('1.234,56', 'es', 2)).toBe(123456);
    expect(cellMinor('1,234.56', 'en', 2)).toBe(123456);
    expect(cellMinor('  ', 'es', 2)).toBe(0);
  });

  it('refuses what could be read two ways, a typo and a negative amount', () => {
    expect(cellMinor('4OO,000', 'en', 2)).toBeNull();
    expect(cellMinor('-5,00', 'es', 2)).toBeNull();
    expect(cellMinor('1,5,0', 'en', 2)).toBeNull();
  });

  it('saves every line with its twelve months, or names each cell and line that stops the save', () => {
    const sales = { ...emptyLine('sales'), label: ' Ventas ', cells: Array.from({ length: 12 }, () => '100,00') };
    const blank = emptyLine();
    const read = readLines([sales], 'es', 2);
    expect(read).toEqual({ ok: true, lines: [{ account: 'sales', label: 'Ventas', months: Array(12).fill(10000) }] });
    const typo = { ...sales, cells: sales.cells.map((c, i) => (i === 3 ? '1O0' : c)) };
    expect(readLines([typo, blank], 'es', 2)).toEqual({ ok: false, badCells: [{ line: 0, month: 3 }], noAccount: [1] });
  });

  it('totals each line, each month by side, and income − expense', () => {
    const lines = draftLines(
      [
        { account: 'sales', label: 'Ventas', months: [...Array(11).fill(110000000), 120000000] },
        { account: 'materials', label: 'Madera', months: Array(12).fill(40000000) },
      ],
      (minor) => (minor / 100).toFixed(2),
    );
    expect(lineTotal(lines[0]!, 'en', 2)).toBe(1330000000);
    const totals = gridTotals(lines, kindOf, 'en', 2);
    expect(totals.income[11]).toBe(120000000);
    expect(totals.expense[12]).toBe(480000000);
    expect(totals.result[12]).toBe(850000000);
  });
});
