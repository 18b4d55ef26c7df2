/** The minutes book: drafted from what happened, editable as a draft, then numbered, signed, locked and chained (issue 8). */
import { describe, expect, it } from 'vitest';
import { after, heldAndClosed, openAssemblySession, signatories } from './assemblies-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();

describe('minutes drafted from what happened', () => {
  it('name the place, date, call, quorum and when it was reached, attendance, each synthesis and each motion with its exact tally and rule', async () => {
    const s = await openAssemblySession(tempDir());
    await heldAndClosed(s);
    const draft = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
    expect(draft).toMatchObject({ status: 'draft', number: null, sessionNumber: 1 });
    expect(draft.opening).toContain('Salón de la cooperativa');
    expect(draft.opening).toContain('convocatoria 2');
    expect(draft.opening).toContain('10 de los 12');
    expect(draft.opening).toContain('Firmaron el libro de asistencia 10 personas');
    const scheme = draft.items.find((i) => i.number === 2)!;
    expect(scheme.synthesis).toContain('El consejo presentó el esquema.');
    expect(scheme.synthesis).toContain('afirmativos 7, negativos 3');
    expect(scheme.synthesis).toContain('Aprobada');
    expect(draft.items.find((i) => i.number === 3)!.synthesis).toMatch(/afirmativos 6, negativos 4.*Rechazada/s);
    expect(draft.closing).toContain('se levanta la reunión');
  });

  it('keep what a person rewrote when redrafted', async () => {
    const s = await openAssemblySession(tempDir());
    await heldAndClosed(s);
    const draft = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
    await s.must('assemblies.editMinutes', { id: draft.id, opening: 'Apertura corregida.', items: [{ number: 1, synthesis: 'Se leyó la memoria.' }], closing: draft.closing });
    const again = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
    expect(again.opening).toBe('Apertura corregida.');
    expect(again.items[0]!.synthesis).toBe('Se leyó la memoria.');
    expect(again.closing).toBe(draft.closing);
  });
});

describe('finalising: numbered, signed, locked and chained', () => {
  it('refuses the wrong signatories (AR: president, secretary and two members designated — Ley 20.337 art. 37) and a session still open', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    const open = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
    const before = s.writes();
    expect(await s.call('assemblies.finaliseMinutes', { id: open.id, signatories: signatories(s) })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.SESSION_OPEN' } });
    await s.must('assemblies.close', { meetingId: s.meetingId, at: after(90) });
    const closedWrites = s.writes();
    expect(closedWrites.audit_log!).toBeGreaterThan(before.audit_log!);
    expect(await s.call('assemblies.finaliseMinutes', { id: open.id, signatories: signatories(s).slice(0, 3) })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.SIGNATORIES' } });
    expect(s.writes()).toEqual(closedWrites);
  });

  it('gives the next number, locks the act against the app and the database, and chains each act to the one before', async () => {
    const first = await openAssemblySession(tempDir());
    await heldAndClosed(first);
    const draft = await first.must('assemblies.draftMinutes', { meetingId: first.meetingId, sessionNumber: null });
    const act = await first.must('assemblies.finaliseMinutes', { id: draft.id, signatories: signatories(first) });
    expect(act).toMatchObject({ status: 'final', number: 1 });
    expect(act.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(act.anchor).toMatch(/^[0-9a-f]{64}$/);
    expect(act.signatories.map((x) => x.role).sort()).toEqual(['member', 'member', 'president', 'secretary']);

    const before = first.writes();
    expect(await first.call('assemblies.editMinutes', { id: act.id, opening: 'Otra cosa', items: [], closing: '' })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.MINUTES_FINAL' } });
    expect(await first.call('assemblies.draftMinutes', { meetingId: first.meetingId, sessionNumber: 1 })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.MINUTES_FINAL' } });
    expect(first.writes()).toEqual(before);
    const h = first.handle();
    expect(() => h.prepare("UPDATE assembly_minutes SET content_json = '{}' WHERE id = ?").run(act.id)).toThrow(/final/);
    expect(() => h.prepare('DELETE FROM assembly_minutes WHERE id = ?').run(act.id)).toThrow(/final/);
    expect(() => h.prepare("UPDATE assembly_signatory SET name = 'X' WHERE minutes_id = ?").run(act.id)).toThrow(/final/);
    expect(() => h.prepare("UPDATE assembly_attendance SET out_at = '2030-01-01T00:00:00.000Z'").run()).toThrow(/final/);

    // A council meeting the next week: act 2, chained to act 1.
    const { id: council } = await first.must('assemblies.create', { kind: 'council', date: '2025-07-17', time: '10:00', place: 'Oficina', mode: 'hybrid', remoteAccess: 'https://meet.example.org/consejo' });
    const item = await first.must('assemblies.saveAgendaItem', { meetingId: council, id: null, title: 'Plan de trabajo', description: null, needsVote: false });
    await first.must('assemblies.publishAgenda', { meetingId: council });
    expect(await first.must('assemblies.generateRoll', { meetingId: council })).toEqual({ voters: 3, speakers: 1 });
    await first.must('assemblies.convene', { meetingId: council });
    const at = (m: number) => new Date(Date.parse('2025-07-17T10:00:00') + m * 60_000).toISOString();
    for (const i of [0, 1, 2]) await first.must('assemblies.checkIn', { meetingId: council, memberId: first.members[i]!, at: at(i) });
    await first.must('assemblies.constitute', { meetingId: council, at: at(5) });
    await first.must('assemblies.saveSynthesis', { itemId: item.id, synthesis: 'Se revisaron los turnos.' });
    await first.must('assemblies.close', { meetingId: council, at: at(40) });
    const councilDraft = await first.must('assemblies.draftMinutes', { meetingId: council, sessionNumber: null });
    const second = await first.must('assemblies.finaliseMinutes', { id: councilDraft.id, signatories: signatories(first).slice(0, 2) });
    expect(second.number).toBe(2);
    const prev = h.prepare('SELECT prev_hash FROM assembly_minutes WHERE number = 2').pluck().get();
    expect(prev).toBe(act.hash);
    expect(await first.must('assemblies.book', {})).toMatchObject([{ number: 1, hash: act.hash }, { number: 2, hash: second.hash }]);
    expect((await first.must('backups.check', {})).problems).toEqual([]);
  });

  it('a recess closes the session; the meeting resumes in a new session with its own minutes', async () => {
    const s = await openAssemblySession(tempDir());
    await s.held(8);
    await s.must('assemblies.recess', { meetingId: s.meetingId, at: after(90) });
    expect(await s.call('assemblies.checkIn', { meetingId: s.meetingId, memberId: s.members[9]!, at: after(95) })).toMatchObject({ ok: false, error: { key: 'assemblies:errors.NOT_IN_SESSION' } });
    await s.must('assemblies.resume', { meetingId: s.meetingId, at: after(60 * 24) });
    await s.must('assemblies.checkIn', { meetingId: s.meetingId, memberId: s.members[9]!, at: after(60 * 24 + 1) });
    const meeting = await s.must('assemblies.get', { id: s.meetingId });
    expect(meeting.sessions.map((x) => x.number)).toEqual([1, 2]);
    const firstSession = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: 1 });
    expect(firstSession.closing).toContain('cuarto intermedio');
    await s.must('assemblies.finaliseMinutes', { id: firstSession.id, signatories: signatories(s) });
    await s.must('assemblies.close', { meetingId: s.meetingId, at: after(60 * 25) });
    const secondSession = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: 2 });
    expect(secondSession.opening).toContain('sesión 2');
    expect((await s.must('assemblies.finaliseMinutes', { id: secondSession.id, signatories: signatories(s) })).number).toBe(2);
  });
});

describe('approved resolutions, for other modules (seams §2)', () => {
  it('lists a passed motion by kind with its act and item, and leaves out a rejected one', async () => {
    const s = await openAssemblySession(tempDir());
    await heldAndClosed(s);
    expect(await s.must('assemblies.resolutions', { kind: 'statute' })).toEqual([]);
    const before = await s.must('assemblies.resolutions', { kind: 'pay-scheme' });
    expect(before).toMatchObject([{ kind: 'pay-scheme', meetingKind: 'ordinary', date: '2025-07-10', itemNumber: 2, title: 'Esquema de retiros', minutesNumber: null }]);
    const draft = await s.must('assemblies.draftMinutes', { meetingId: s.meetingId, sessionNumber: null });
    await s.must('assemblies.finaliseMinutes', { id: draft.id, signatories: signatories(s) });
    const [resolution] = await s.must('assemblies.resolutions', { kind: null });
    expect(resolution).toMatchObject({ minutesNumber: 1, reference: 'Acta 1, punto 2' });
    const { approvedResolution } = await import('../../electron/services/assemblies');
    expect(await approvedResolution(s.ctx().db, resolution!.id)).toEqual(resolution);
  });
});
