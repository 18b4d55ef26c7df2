/** The roll of voters, proxies where the statute allows them, the speakers list and the projector's state (issue 8). */
import { describe, expect, it } from 'vitest';
import { after, openAssemblySession } from './assemblies-session';
import { openCapitalSession } from './capital-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('the roll of voters (padrón)', () => {
  it('active members vote; a member with capital overdue only speaks where the meeting asks it; an applicant is not on it', async () => {
    const s = await openCapitalSession(tempDir());
    // Member 1 owes the instalments due from March 2024; member 2 paid everything at once.
    expect(await s.subscribe(s.members[0]!.id, { paidNowMinor: 20_000 })).toMatchObject({ ok: true });
    expect(await s.subscribe(s.members[1]!.id, { paidNowMinor: 200_000, instalments: 1 })).toMatchObject({ ok: true });
    const roll = async (capitalUpToDate: boolean) => {
      const { id } = await s.must('assemblies.create', { kind: 'ordinary', date: '2025-07-10', time: '18:00', place: 'Salón', mode: 'in_person', capitalUpToDate });
      await s.must('assemblies.generateRoll', { meetingId: id });
      return (await s.must('assemblies.roll', { meetingId: id })).map((r) => [r.memberNumber, r.standing, r.reason]);
    };
    expect(await roll(false)).toEqual([
      [1, 'voter', null],
      [2, 'voter', null],
    ]);
    expect(await roll(true)).toEqual([
      [1, 'speaker', 'capital_overdue'],
      [2, 'voter', null],
    ]);
  });
});

describe('proxies where the statute allows them, within the cap (ES: at most two — Ley 27/1999 art. 27)', () => {
  it('counts the represented toward quorum, refuses a third proxy, and lets the holder cast the represented vote', async () => {
    const s = await openAssemblySession(tempDir(), { framework: 'ES' });
    const proxy = (member: number, holder: number) => s.call('assemblies.grantProxy', { meetingId: s.meetingId, memberId: s.members[member]!, holderId: s.members[holder]! });
    expect(await proxy(10, 0)).toMatchObject({ ok: true });
    expect(await proxy(11, 0)).toMatchObject({ ok: true });
    const before = s.writes();
    expect(await proxy(9, 0)).toMatchObject({ ok: false, error: { key: 'assemblies:errors.PROXY_CAP', params: { cap: 2 } } });
    expect(await proxy(10, 1)).toMatchObject({ ok: false, error: { key: 'assemblies:errors.PROXY_TWICE' } });
    expect(s.writes()).toEqual(before);
    for (let i = 0; i < 5; i++) await s.checkIn(i, i);
    const quorum = await s.must('assemblies.quorum', { meetingId: s.meetingId, at: after(10) });
    expect(quorum).toMatchObject({ present: 5, represented: 2, call: 1 });
    const holder = (await s.must('assemblies.attendance', { meetingId: s.meetingId })).find((e) => e.memberId === s.members[0]);
    expect(holder!.proxyFor.map((p) => p.memberNumber)).toEqual([11, 12]);
    await s.must('assemblies.constitute', { meetingId: s.meetingId, at: after(10) });
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(1), mode: 'roll_call' });
    expect(vote.present).toBe(7);
    expect(await s.call('assemblies.castBallot', { voteId: vote.id, memberId: s.members[11]!, choice: 'no' })).toMatchObject({ ok: true });
    expect(await s.call('assemblies.castBallot', { voteId: vote.id, memberId: s.members[8]!, choice: 'no' })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.ABSENT' } });
  });
});

describe('speakers list and projector', () => {
  it('keeps the speakers of an item in order, and projects the item, the live vote and the last result', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const item = s.items[1]!;
    await s.must('assemblies.addSpeaker', { itemId: item, memberId: s.members[4]! });
    const second = await s.must('assemblies.addSpeaker', { itemId: item, memberId: s.members[2]! });
    expect(await s.call('assemblies.addSpeaker', { itemId: item, memberId: s.members[4]! })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.ALREADY_LISTED' } });
    await s.must('assemblies.speakerDone', { id: second.id });
    expect((await s.must('assemblies.speakers', { itemId: item })).map((x) => [x.memberNumber, x.position, x.spoke])).toEqual([
      [5, 1, false],
      [3, 2, true],
    ]);

    expect(await s.must('assemblies.projection', {})).toMatchObject({ meeting: null, item: null });
    await s.must('assemblies.project', { meetingId: s.meetingId, itemId: item, view: 'vote' });
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(1, 'Aprobar el esquema'), mode: 'hands' });
    await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: 3, no: 1, abstain: 0, blank: 0, invalid: 0 } });
    const live = await s.must('assemblies.projection', {});
    expect(live).toMatchObject({ view: 'vote', item: { id: item, number: 2 }, vote: { id: vote.id, counted: 4, status: 'open' }, result: null });
    expect(live.speakers).toHaveLength(2);
    await s.must('assemblies.closeVote', { id: vote.id });
    const shown = await s.must('assemblies.projection', {});
    expect(shown).toMatchObject({ vote: null, result: { motion: 'Aprobar el esquema', vote: { status: 'closed', outcome: { passed: true } } } });
    expect(shown.result!.vote.rule).toMatch(/\S/);
    expect(await s.call('assemblies.project', { meetingId: s.meetingId, itemId: 999, view: 'item' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
