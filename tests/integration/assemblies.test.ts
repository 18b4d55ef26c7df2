/** Attendance and quorum by call, votes by the statute's rules, refusals that write nothing (issue 8). */
import { describe, expect, it } from 'vitest';
import { after, openAssemblySession } from './assemblies-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('attendance book and quorum by call (AR: half plus one at the first call, any number an hour later — Ley 20.337 art. 49)', () => {
  it('counts who is in at an instant from entry and exit times, and constitutes under the call open then', async () => {
    const s = await openAssemblySession(tempDir());
    for (let i = 0; i < 6; i++) await s.checkIn(i, i);
    await s.must('assemblies.checkOut', { meetingId: s.meetingId, memberId: s.members[5]!, at: after(20) });
    const early = await s.must('assemblies.quorum', { meetingId: s.meetingId, at: after(10) });
    expect(early).toMatchObject({ roll: 12, present: 6, call: 1, needed: 7, reached: false, nextCallAt: after(60) });
    const later = await s.must('assemblies.quorum', { meetingId: s.meetingId, at: after(30) });
    expect(later).toMatchObject({ present: 5, reached: false });

    const before = s.writes();
    const refused = await s.call('assemblies.constitute', { meetingId: s.meetingId, at: after(30) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'assemblies:errors.QUORUM_NOT_REACHED', params: { present: 5, needed: 7, call: 1 } } });
    expect(s.writes()).toEqual(before);

    const second = await s.must('assemblies.constitute', { meetingId: s.meetingId, at: after(61) });
    expect(second).toMatchObject({ call: 2, reached: true, constitutedAt: after(61), constitutedCall: 2 });
    const meeting = await s.must('assemblies.get', { id: s.meetingId });
    expect(meeting).toMatchObject({ status: 'in_session', constitutedAt: after(61), constitutedCall: 2, constitutedPresent: 5 });
    expect(await s.call('assemblies.constitute', { meetingId: s.meetingId, at: after(62) })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.ALREADY_CONSTITUTED' } });
  });

  it('constitutes on the first call when half plus one are in, and refuses a second check-in of the same member', async () => {
    const s = await openAssemblySession(tempDir());
    for (let i = 0; i < 7; i++) await s.checkIn(i, i);
    expect(await s.must('assemblies.constitute', { meetingId: s.meetingId, at: after(15) })).toMatchObject({ call: 1, present: 7, needed: 7 });
    const before = s.writes();
    expect(await s.call('assemblies.checkIn', { meetingId: s.meetingId, memberNumber: 3, at: after(16) })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.ALREADY_IN' } });
    expect(await s.call('assemblies.checkIn', { meetingId: s.meetingId, memberNumber: 999, at: after(16) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(s.writes()).toEqual(before);
    const book = await s.must('assemblies.attendance', { meetingId: s.meetingId });
    expect(book).toHaveLength(7);
    expect(book[0]).toMatchObject({ memberNumber: 1, standing: 'voter', sessionNumber: 1, inAt: after(0), outAt: null });
  });

  it('refuses proxies where the statute forbids them (AR model statute)', async () => {
    const s = await openAssemblySession(tempDir());
    const before = s.writes();
    expect(await s.call('assemblies.grantProxy', { meetingId: s.meetingId, memberId: s.members[5]!, holderId: s.members[6]! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED', key: 'assemblies:errors.PROXIES_FORBIDDEN' },
    });
    expect(s.writes()).toEqual(before);
  });
});

describe('motions and the agenda lock (AR Ley 20.337 art. 52: only electing the signatories may be added)', () => {
  it('refuses a motion off the agenda unless it is one of the framework exceptions', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const before = s.writes();
    expect(await s.call('assemblies.propose', { meetingId: s.meetingId, itemId: null, text: 'Comprar un camión' })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.OFF_AGENDA' } });
    expect(await s.call('assemblies.propose', { meetingId: s.meetingId, itemId: null, text: 'Auditoría externa', exception: 'audit' })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.OFF_AGENDA' } });
    expect(s.writes()).toEqual(before);
    expect(await s.call('assemblies.propose', { meetingId: s.meetingId, itemId: null, text: 'Designar firmantes', exception: 'elect-signatories' })).toMatchObject({ ok: true });
  });
});

describe('show of hands', () => {
  it('refuses counts that add up to more than those present and able to vote, writing nothing', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(1), mode: 'hands' });
    expect(vote).toMatchObject({ electorate: 12, present: 8, status: 'open' });
    const before = s.writes();
    const refused = await s.call('assemblies.recordTally', { voteId: vote.id, tally: { yes: 6, no: 2, abstain: 1, blank: 0, invalid: 0 } });
    expect(refused).toMatchObject({ ok: false, error: { key: 'assemblies:errors.TALLY_EXCEEDS_PRESENT', params: { counted: 9, present: 8 } } });
    expect(s.writes()).toEqual(before);
    const live = await s.must('assemblies.recordTally', { voteId: vote.id, tally: { yes: 5, no: 2, abstain: 1, blank: 0, invalid: 0 } });
    expect(live.counted).toBe(8);
    const closed = await s.must('assemblies.closeVote', { id: vote.id });
    // Abstainers count as absent: base 7, 2·5 > 7.
    expect(closed.outcome).toMatchObject({ passed: true, base: 7, yesNeeded: 4 });
    expect(closed.outcome!.basis).toMatch(/\S/);
  });

  it('leaves council members and the auditor out of the vote on the accounts, with the rule shown (AR Ley 20.337 art. 54)', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(0), mode: 'hands' });
    expect(vote.electorate).toBe(8);
    expect(vote.present).toBe(4);
    expect(vote.barred.map((b) => b.memberNumber)).toEqual([1, 2, 3, 4]);
    expect(vote.barred[0]!.basis).toBe('Ley 20.337 art. 54');
  });
});

describe('roll call: one vote per member present and able to vote', () => {
  it('refuses a vote by someone absent, barred, only a speaker, or voting twice, writing nothing', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(0), mode: 'roll_call' });
    const before = s.writes();
    const cast = (index: number) => s.call('assemblies.castBallot', { voteId: vote.id, memberId: s.members[index]!, choice: 'yes' });
    expect(await cast(10)).toMatchObject({ ok: false, error: { key: 'assemblies:errors.ABSENT', params: { number: 11 } } });
    expect(await cast(0)).toMatchObject({ ok: false, error: { key: 'assemblies:errors.BARRED', params: { number: 1 } } });
    expect(s.writes()).toEqual(before);
    expect(await cast(5)).toMatchObject({ ok: true, value: { counted: 1 } });
    const afterOne = s.writes();
    expect(await cast(5)).toMatchObject({ ok: false, error: { code: 'DUPLICATE', key: 'assemblies:errors.SECOND_BALLOT' } });
    expect(s.writes()).toEqual(afterOne);
    expect(await s.call('assemblies.recordTally', { voteId: vote.id, tally: { yes: 1, no: 0, abstain: 0, blank: 0, invalid: 0 } })).toMatchObject({
      ok: false,
      error: { key: 'assemblies:errors.ROLL_CALL_COUNTS_ITSELF' },
    });
  });
});

describe('closing a vote freezes electorate, presence and tally', () => {
  it('a later edit of a member or of the attendance book changes nothing, and the database refuses edits of the snapshot', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(10);
    const vote = await s.must('assemblies.openVote', { motionId: await s.motionOn(1), mode: 'roll_call' });
    for (let i = 0; i < 10; i++) await s.must('assemblies.castBallot', { voteId: vote.id, memberId: s.members[i]!, choice: i < 6 ? 'yes' : i < 8 ? 'no' : 'abstain' });
    const closed = await s.must('assemblies.closeVote', { id: vote.id });
    expect(closed).toMatchObject({ status: 'closed', electorate: 12, present: 10, tally: { yes: 6, no: 2, abstain: 2 }, outcome: { passed: true, base: 8 } });

    await s.must('assemblies.checkOut', { meetingId: s.meetingId, memberId: s.members[0]!, at: after(200) });
    await s.must('members.changeStatus', { id: s.members[1]!, status: 'resigned', date: '2025-06-15', cause: 'Renuncia', resolution: null });
    expect(await s.must('assemblies.vote', { id: vote.id })).toEqual(closed);

    const h = s.handle();
    expect(() => h.prepare('UPDATE assembly_vote_result SET yes = 9 WHERE vote_id = ?').run(vote.id)).toThrow(/final/);
    expect(() => h.prepare('DELETE FROM assembly_vote_presence WHERE vote_id = ?').run(vote.id)).toThrow(/final/);
    expect(() => h.prepare("UPDATE assembly_roll SET standing = 'speaker' WHERE meeting_id = ?").run(s.meetingId)).toThrow(/final/);
    expect(await s.call('assemblies.generateRoll', { meetingId: s.meetingId })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.ROLL_FIXED' } });
    expect(() => h.prepare('UPDATE assembly_vote SET yes = 9 WHERE id = ?').run(vote.id)).toThrow(/final/);
    expect(() => h.prepare('DELETE FROM assembly_ballot WHERE vote_id = ?').run(vote.id)).toThrow(/final/);
    expect(() => h.prepare("INSERT INTO assembly_ballot (vote_id, member_id, choice, cast_at) VALUES (?, ?, 'yes', 'x')").run(vote.id, s.members[11]!)).toThrow(/roll-call/);
    const again = await s.call('assemblies.castBallot', { voteId: vote.id, memberId: s.members[10]!, choice: 'no' });
    expect(again).toMatchObject({ ok: false, error: { key: 'assemblies:errors.VOTE_CLOSED' } });
  });
});
