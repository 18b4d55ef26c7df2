import { describe, expect, it } from 'vitest';
import { checkTransition, memberStatuses, nextStatuses, type MemberStatus } from '../../shared/domain/members';

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
