import { describe, expect, it } from 'vitest';
import { checkHistory, checkTransition, latestStatusDate, memberStatuses, nextStatuses, type MemberStatus } from '../../shared/domain/members';
import { dateOrders, dateUnder, fileDateOrder, isAmbiguousDate, readingsOf } from '../../shared/domain/members/date-order';

const base = { date: '2024-05-01', lastChange: '2024-01-01', cause: 'motivo', resolution: 'Acta 12' };

describe('member status transitions (AR Registro de Asociados; ES Ley 27/1999 art. 60; BR Lei 5.764/71 art. 23)', () => {
  const expected: Record<MemberStatus, MemberStatus[]> = {
    applicant: ['trial', 'active', 'resigned', 'deceased'],
    trial: ['active', 'resigned', 'excluded', 'deceased'],
    active: ['on_leave', 'resigned', 'excluded', 'deceased'],
    on_leave: ['active', 'resigned', 'excluded', 'deceased'],
    resigned: [],
    excluded: [],
    deceased: [],
  };

  it.each(memberStatuses.flatMap((from) => memberStatuses.map((to) => [from, to] as const)))(
    '%s → %s is allowed only when the lifecycle says so',
    (from, to) => {
      const refusal = checkTransition({ ...base, from, to });
      expect(refusal === null).toBe(expected[from].includes(to));
      expect([...nextStatuses(from)].sort()).toEqual([...expected[from]].sort());
    },
  );

  it('a member who left never changes status again (resigned, excluded and deceased are final)', () => {
    expect(checkTransition({ ...base, from: 'resigned', to: 'active' })).toEqual({ reason: 'final_status', from: 'resigned' });
  });

  it('leaving needs a cause', () => {
    expect(checkTransition({ ...base, from: 'active', to: 'resigned', cause: '  ' })).toEqual({ reason: 'cause_required' });
  });

  it('an exclusion needs the council resolution (due process: AR Ley 20.337 art. 12; ES Ley 27/1999 art. 18)', () => {
    expect(checkTransition({ ...base, from: 'active', to: 'excluded', resolution: null })).toEqual({ reason: 'resolution_required' });
  });

  it('a change cannot be dated before the last one', () => {
    expect(checkTransition({ ...base, from: 'active', to: 'on_leave', date: '2023-12-31' })).toEqual({
      reason: 'before_last_change',
      lastChange: '2024-01-01',
    });
    expect(checkTransition({ ...base, from: 'active', to: 'on_leave', date: '2024-01-01' })).toBeNull();
  });
});

describe('status changes ahead of today (issue 6: a typo such as 2099 is refused)', () => {
  it('a change past today plus the members setting’s margin is refused, naming the latest allowed date', () => {
    const latest = latestStatusDate('2025-06-15', 0);
    expect(latest).toBe('2025-06-15');
    expect(checkTransition({ ...base, from: 'active', to: 'on_leave', date: '2099-01-01', latest })).toEqual({ reason: 'too_far_ahead', latest });
    expect(checkTransition({ ...base, from: 'active', to: 'on_leave', date: '2025-06-15', latest })).toBeNull();
  });

  it('the margin counts calendar days, across month and year ends', () => {
    expect(latestStatusDate('2025-12-20', 30)).toBe('2026-01-19');
    expect(latestStatusDate('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('a corrected history must be one a member could have lived', () => {
  const entry = (status: MemberStatus, effectiveDate: string, cause: string | null = null, resolution: string | null = null) => ({ status, effectiveDate, cause, resolution });

  it('accepts a lawful path', () => {
    expect(checkHistory([entry('trial', '2020-01-01'), entry('active', '2020-06-01'), entry('resigned', '2022-01-01', 'motivo')])).toBeNull();
  });

  it('refuses an empty history and one that starts with a status nobody is registered with', () => {
    expect(checkHistory([])).toEqual({ reason: 'empty_history' });
    expect(checkHistory([entry('on_leave', '2020-01-01')])).toEqual({ reason: 'not_initial', status: 'on_leave' });
  });

  it('refuses a step the lifecycle does not allow, saying which entry breaks it', () => {
    expect(checkHistory([entry('active', '2020-01-01'), entry('resigned', '2021-01-01', 'x'), entry('active', '2022-01-01')])).toEqual({
      reason: 'transition',
      at: 2,
      refusal: { reason: 'final_status', from: 'resigned' },
    });
    expect(checkHistory([entry('active', '2020-01-01'), entry('excluded', '2021-01-01', 'faltas')])).toMatchObject({
      reason: 'transition',
      refusal: { reason: 'resolution_required' },
    });
  });
});

describe('day/month order of an imported file (issue 6: decided once per file, never guessed)', () => {
  it.each([
    ['07/04/1980', { dmy: '1980-04-07', mdy: '1980-07-04' }, true],
    ['25/12/1980', { dmy: '1980-12-25' }, false],
    ['12/25/1980', { mdy: '1980-12-25' }, false],
    ['07/07/1980', { dmy: '1980-07-07', mdy: '1980-07-07' }, false],
    ['1980-04-07', { ymd: '1980-04-07' }, false],
    ['1980/4/7', { ymd: '1980-04-07' }, false],
    ['07.04.1980', { dmy: '1980-04-07', mdy: '1980-07-04' }, true],
    ['31/02/2020', {}, false],
    ['07/04/80', {}, false],
  ])('%j reads as %j (ambiguous: %s)', (text, readings, ambiguous) => {
    expect(readingsOf(text)).toEqual(readings);
    expect(isAmbiguousDate(text)).toBe(ambiguous);
  });

  it('a chosen order reads every two-way cell the same way; ISO dates read the same under every order', () => {
    expect(dateUnder('07/04/1980', 'dmy')).toBe('1980-04-07');
    expect(dateUnder('07/04/1980', 'mdy')).toBe('1980-07-04');
    expect(dateUnder('25/12/1980', 'mdy')).toBeNull();
    for (const order of dateOrders) expect(dateUnder('1980-04-07', order)).toBe('1980-04-07');
  });

  it('a file settles its order only by a cell that reads one way, and is ambiguous when nothing or both ways settle it', () => {
    expect(fileDateOrder(['07/04/1980', '25/12/1980'])).toEqual({ evident: 'dmy', ambiguous: false });
    expect(fileDateOrder(['07/04/1980', '12/25/1980'])).toEqual({ evident: 'mdy', ambiguous: false });
    expect(fileDateOrder(['07/04/1980', '1999-01-01'])).toEqual({ evident: null, ambiguous: true });
    expect(fileDateOrder(['25/12/1980', '12/25/1980'])).toEqual({ evident: null, ambiguous: true });
    expect(fileDateOrder(['1999-01-01', '07/07/1980'])).toEqual({ evident: null, ambiguous: false });
  });
});
