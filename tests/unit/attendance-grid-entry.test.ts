import { describe, expect, it } from 'vitest';
import { attendanceKinds } from '../../shared/domain/attendance';
import { catalogue } from '../../shared/i18n/catalogue';
import { cellKey, changeOf, parseBlock, pendingChanges, placeBlock } from '../../renderer/src/screens/attendance/grid-model';
import { formatMinutes, parseHours } from '../../renderer/src/screens/attendance/hours';
import { officeLocale, shiftWeek, weekDays, weekStartOf } from '../../renderer/src/screens/attendance/week';

describe('hours typed into the week grid, in the language of the office', () => {
  it.each([
    ['7:30', 'es', 450],
    ['7:30', 'en', 450],
    ['7,5', 'es', 450],
    ['7,5', 'pt-BR', 450],
    ['7.5', 'en', 450],
    ['8', 'es', 480],
    [' 0 ', 'es', 0],
    ['24', 'en', 1440],
    ['7,33', 'es', 440],
    ['0,25', 'pt-BR', 15],
  ] as const)('%j in %s is %i minutes', (text, locale, minutes) => {
    expect(parseHours(text, locale)).toEqual({ ok: true, minutes });
  });

  it('refuses the other language’s separator: 7.30 is often half past seven in es, not 7.3 hours', () => {
    expect(parseHours('7.30', 'es')).toEqual({ ok: false, reason: 'separator' });
    expect(parseHours('7,5', 'en')).toEqual({ ok: false, reason: 'separator' });
  });

  it('refuses more than a day and what is no number of hours', () => {
    expect(parseHours('24:01', 'es')).toEqual({ ok: false, reason: 'range' });
    expect(parseHours('25', 'en')).toEqual({ ok: false, reason: 'range' });
    expect(parseHours('7:75', 'es')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseHours('-2', 'es')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseHours('abc', 'es')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('shows minutes as hours and minutes, the same in every language', () => {
    expect(formatMinutes(450)).toBe('7:30');
    expect(formatMinutes(5)).toBe('0:05');
    expect(formatMinutes(2400)).toBe('40:00');
  });
});

describe('the office’s week starts on its locale’s first day', () => {
  it('Monday in Argentina and Spain, Sunday in Brazil and the United States', () => {
    expect(weekStartOf('2026-12-03', officeLocale('es', 'AR'))).toBe('2026-11-30');
    expect(weekStartOf('2026-12-03', officeLocale('es', 'ES'))).toBe('2026-11-30');
    expect(weekStartOf('2026-12-03', officeLocale('pt-BR', 'BR'))).toBe('2026-11-29');
    expect(weekStartOf('2026-12-03', officeLocale('en', 'US'))).toBe('2026-11-29');
  });

  it('a week is seven days, across a month end', () => {
    expect(weekDays('2026-11-30')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(shiftWeek('2026-11-30', -1)).toBe('2026-11-23');
  });
});

describe('the grid’s pending changes', () => {
  const saved = new Map([[cellKey(1, '2026-12-01'), { minutes: 480, kind: 'work' as const }]]);

  it('a value typed back to what is saved is no change; an emptied saved cell is a deletion', () => {
    expect(changeOf(cellKey(1, '2026-12-01'), { text: '8:00', kind: 'work' }, saved.get(cellKey(1, '2026-12-01')), 'es')).toBeNull();
    expect(changeOf(cellKey(1, '2026-12-01'), { text: '', kind: 'work' }, saved.get(cellKey(1, '2026-12-01')), 'es')).toMatchObject({ action: 'clear' });
    expect(changeOf(cellKey(2, '2026-12-01'), { text: '', kind: 'work' }, undefined, 'es')).toBeNull();
  });

  it('a changed kind with the same hours is a change; bad text is kept as invalid, never dropped', () => {
    const edits = new Map([
      [cellKey(1, '2026-12-01'), { text: '8', kind: 'holiday' as const }],
      [cellKey(2, '2026-12-02'), { text: '7.5', kind: 'work' as const }],
    ]);
    expect(pendingChanges(edits, saved, 'es')).toEqual([
      { key: cellKey(1, '2026-12-01'), memberId: 1, date: '2026-12-01', action: 'set', minutes: 480, kind: 'holiday' },
      { key: cellKey(2, '2026-12-02'), memberId: 2, date: '2026-12-02', action: 'invalid', reason: 'separator' },
    ]);
  });
});

describe('a block pasted from a spreadsheet', () => {
  it('reads tab-separated rows without the copy’s final newline, from Windows or Unix', () => {
    expect(parseBlock('8\t7,5\r\n6\t\r\n')).toEqual([['8', '7,5'], ['6', '']]);
  });

  it('lands from the active cell right and down, counting what falls outside the week', () => {
    const days = weekDays('2026-11-30');
    const placed = placeBlock([['8', '8', '8'], ['4', '4', '4']], { rows: [10, 20], days, row: 1, col: 5 });
    expect(placed.cells).toEqual([
      { key: cellKey(20, '2026-12-05'), text: '8' },
      { key: cellKey(20, '2026-12-06'), text: '8' },
    ]);
    expect(placed.outside).toBe(4);
  });
});

describe('the letters that give a cell its kind', () => {
  it.each(['es', 'pt-BR', 'en'] as const)('are one letter per kind and all different in %s, so no letter means two kinds', (locale) => {
    const keys = (catalogue[locale].attendance as { grid: { keys: Record<string, string> } }).grid.keys;
    const letters = attendanceKinds.map((kind) => keys[kind]?.toLowerCase());
    expect(letters.every((letter) => letter !== undefined && /^\p{L}$/u.test(letter))).toBe(true);
    expect(new Set(letters).size).toBe(attendanceKinds.length);
    // A letter never starts an entry of hours, which takes digits and separators only.
    expect(letters.some((letter) => /[\d:.,]/.test(letter!))).toBe(false);
  });
});
