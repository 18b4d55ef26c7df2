/** The US written notice of allocation's two legal tests (IRC Subchapter T), as pure rules. */
import { describe, expect, it } from 'vitest';
import { cashShareQualifies, noticeDeadline } from '../../shared/domain/surplus/notice';

describe('payment period of a patronage dividend — IRC §1382(d): the 15th day of the 9th month after the close', () => {
  it.each([
    ['2024-12-31', '2025-09-15'],
    ['2025-06-30', '2026-03-15'],
    ['2024-02-29', '2024-11-15'],
    ['2023-09-30', '2024-06-15'],
  ])('a year closing on %s may be notified until %s', (close, deadline) => {
    expect(noticeDeadline(close)).toBe(deadline);
  });
});

describe('qualified written notice — IRC §1388(c)(1)(B): at least 20% paid in cash', () => {
  it.each([
    [100_00, 20_00, true],
    [100_00, 19_99, false],
    [45_600_01, 9_120_00, false],
    [45_600_01, 9_120_01, true],
    [0, 0, true],
  ])('a dividend of %i cents with %i in cash qualifies: %s', (dividend, cash, qualifies) => {
    expect(cashShareQualifies(dividend, cash)).toBe(qualifies);
  });
});
