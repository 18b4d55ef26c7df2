/**
 * Assemblies and council meetings: convening, the attendance book, votes by the statute's rules, the
 * minutes book, and the approved resolutions other modules look up.
 *
 * Print routes the screens draw (printing waits for PRINT_READY_ATTRIBUTE), printed by the handlers through
 * `platform.printToPdf`: `/print/assemblies/convocation/:id` and `/print/assemblies/roll/:id` (id: the
 * meeting). They read `assemblies.get` / `assemblies.roll` and `coop.get`. The minutes PDF is made in the main
 * process (pdfkit), not by a route. The projector is the standalone route `/projector`, reading
 * `assemblies.projection`.
 */
import { z } from 'zod';
import {
  agendaExceptionKinds,
  ballotChoices,
  matters,
  meetingKinds,
  meetingModes,
  meetingStatuses,
  officeRoles,
  projectorViews,
  resolutionKinds,
  rollStandings,
  signatoryRoles,
  speakerReasons,
  voteModes,
  voteSubjects,
} from '../domain/assemblies/kinds';
import { defineMethods } from './define';
import { empty, isoDate, optionalText, requiredText } from './common';

const id = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().min(0).max(1_000_000);
/** An instant, ISO-8601 UTC ('2026-04-30T18:05:00.000Z'). */
const instant = z.string().datetime({ offset: false });
/** A local wall-clock time, 'HH:MM'. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'assemblies:errors.TIME' });

const meetingFields = {
  kind: z.enum(meetingKinds),
  /** Convened date and local time of the first call. */
  date: isoDate,
  time: clock,
  place: requiredText(200),
  mode: z.enum(meetingModes),
  /** How the remote part is joined (a link, a phone number); null in person. */
  remoteAccess: optionalText(300).default(null),
  /** Voters must have no instalment of capital overdue (where the statute says so). */
  capitalUpToDate: z.boolean().default(false),
};

const meetingInput = z.object(meetingFields).strict();

export const meetingSummary = z.object({
  id,
  kind: z.enum(meetingKinds),
  date: z.string(),
  time: z.string(),
  place: z.string(),
  mode: z.enum(meetingModes),
  capitalUpToDate: z.boolean(),
  status: z.enum(meetingStatuses),
  items: count,
  /** Checked in and not out now (0 before and after the meeting). */
  present: count,
  /** Number of the finalised act of the last session; null while none is final. */
  minutesNumber: z.number().int().nullable(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const document = z.object({ id, name: z.string(), reference: z.string() });

export const agendaItemFields = z
  .object({
    title: requiredText(200),
    description: optionalText(4000, { multiline: true }).default(null),
    expectedMinutes: z.number().int().min(0).max(24 * 60).nullable().default(null),
    needsVote: z.boolean(),
    /** The majority the statute asks for this matter (shared/domain/voting ruleOf). */
    matter: z.enum(matters).default('ordinary'),
    /** Office holders are barred from votes on the accounts and their own management (AR, BR). */
    subject: z.enum(voteSubjects).default('other'),
    /** What another module looks for among approved resolutions (seams §2). */
    resolutionKind: z.enum(resolutionKinds).default('other'),
  })
  .strict();

export const agendaItem = z.object({
  id,
  number: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  expectedMinutes: z.number().int().nullable(),
  needsVote: z.boolean(),
  matter: z.enum(matters),
  subject: z.enum(voteSubjects),
  resolutionKind: z.enum(resolutionKinds),
  synthesis: z.string().nullable(),
  documents: z.array(document),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const checklist = z.object({
  noticeDays: z.number().int(),
  /** Days between the convocation (or today, before it) and the meeting. */
  noticeGiven: z.number().int(),
  noticeMet: z.boolean(),
  agendaPublished: z.boolean(),
  rollGenerated: z.boolean(),
  documentsAttached: z.boolean(),
  /** Every box ticked: the meeting may be convened. */
  ready: z.boolean(),
});

export const callOf = z.object({ call: z.number().int(), opensAt: instant });

export const session = z.object({ id, number: z.number().int(), openedAt: instant, closedAt: instant.nullable() });

export const meeting = meetingSummary.extend({
  remoteAccess: z.string().nullable(),
  convenedAt: instant,
  /** When the notice went out (convene); null while planned. */
  noticeDate: z.string().nullable(),
  agendaPublishedAt: instant.nullable(),
  rollGeneratedAt: instant.nullable(),
  calls: z.array(callOf),
  /** The instant and call under which the meeting was constituted; null before. */
  constitutedAt: instant.nullable(),
  constitutedCall: z.number().int().nullable(),
  constitutedPresent: z.number().int().nullable(),
  agenda: z.array(agendaItem),
  checklist,
  sessions: z.array(session),
});
export type Meeting = z.infer<typeof meeting>;

export const officeHolder = z.object({
  id,
  memberId: id,
  memberNumber: z.number().int(),
  memberName: z.string(),
  role: z.enum(officeRoles),
  from: z.string(),
  to: z.string().nullable(),
});
export type OfficeHolder = z.infer<typeof officeHolder>;

export const rollEntry = z.object({
  memberId: id,
  memberNumber: z.number().int(),
  memberName: z.string(),
  standing: z.enum(rollStandings),
  /** Why a member may only speak; null for a voter. */
  reason: z.enum(speakerReasons).nullable(),
});
export type RollEntry = z.infer<typeof rollEntry>;

export const attendanceEntry = z.object({
  id,
  memberId: id,
  memberNumber: z.number().int(),
  memberName: z.string(),
  standing: z.enum(rollStandings),
  sessionNumber: z.number().int(),
  inAt: instant,
  outAt: instant.nullable(),
  /** The member this one holds a proxy from, when any. */
  proxyFor: z.array(z.object({ proxyId: id, memberId: id, memberNumber: z.number().int(), memberName: z.string() })),
});
export type AttendanceEntry = z.infer<typeof attendanceEntry>;

export const quorumState = z.object({
  at: instant,
  roll: count,
  /** Voters present in person now. */
  present: count,
  /** Voters represented by a proxy held by someone present. */
  represented: count,
  speakersPresent: count,
  call: z.number().int(),
  needed: count,
  reached: z.boolean(),
  basis: z.string(),
  /** When the next call opens; null at the last call. */
  nextCallAt: instant.nullable(),
  constitutedAt: instant.nullable(),
  constitutedCall: z.number().int().nullable(),
});
export type QuorumState = z.infer<typeof quorumState>;

export const tally = z.object({ yes: count, no: count, abstain: count, blank: count, invalid: count });
export type TallyInput = z.infer<typeof tally>;

export const outcome = z.object({
  passed: z.boolean(),
  base: count,
  yesNeeded: count,
  /** The rule in the coop's language ("more than 1/2 of votes cast; abstentions count as absent"). */
  rule: z.string(),
  basis: z.string(),
});

export const voteState = z.object({
  id,
  motionId: id,
  mode: z.enum(voteModes),
  status: z.enum(['open', 'closed']),
  openedAt: instant,
  closedAt: instant.nullable(),
  /** Voters on the roll not barred; frozen at close. */
  electorate: count,
  /** Electorate present (in person or by proxy) at opening, frozen at close. */
  present: count,
  barred: z.array(z.object({ memberId: id, memberNumber: z.number().int(), memberName: z.string(), basis: z.string() })),
  tally,
  /** Roll call: how many have voted; hands and secret: the tally's sum. */
  counted: count,
  /** Yes votes needed to pass with the tally as it stands. */
  yesNeeded: count,
  rule: z.string(),
  basis: z.string(),
  warning: z.enum(['small-electorate', 'lopsided']).nullable(),
  outcome: outcome.nullable(),
  /** A roll call's named ballots (public by nature), so a screen opened again shows who has voted; empty otherwise. */
  ballots: z.array(z.object({ memberId: id, choice: z.enum(['yes', 'no', 'abstain']) })),
});
export type VoteState = z.infer<typeof voteState>;

export const motion = z.object({
  id,
  itemId: id.nullable(),
  itemNumber: z.number().int().nullable(),
  text: z.string(),
  matter: z.enum(matters),
  subject: z.enum(voteSubjects),
  resolutionKind: z.enum(resolutionKinds),
  exception: z.enum(agendaExceptionKinds).nullable(),
  proposedBy: z.string().nullable(),
  vote: voteState.nullable(),
});
export type Motion = z.infer<typeof motion>;

export const speaker = z.object({
  id,
  memberId: id,
  memberNumber: z.number().int(),
  memberName: z.string(),
  position: z.number().int(),
  spoke: z.boolean(),
});

export const minutesItem = z.object({ number: z.number().int(), title: z.string(), synthesis: z.string() });
export const signatory = z.object({ memberId: id, memberName: z.string(), role: z.enum(signatoryRoles) });

export const minutes = z.object({
  id,
  meetingId: id,
  sessionNumber: z.number().int(),
  status: z.enum(['draft', 'final']),
  number: z.number().int().nullable(),
  /** The act's text in the coop's language, drafted from what happened. */
  heading: z.string(),
  opening: z.string(),
  items: z.array(minutesItem),
  closing: z.string(),
  signatories: z.array(signatory),
  finalisedAt: instant.nullable(),
  hash: z.string().nullable(),
  /** The head of the audit chain at finalisation, printed on the act (`minga check --anchor`). */
  anchor: z.string().nullable(),
});
export type Minutes = z.infer<typeof minutes>;

export const bookEntry = z.object({
  number: z.number().int(),
  meetingId: id,
  kind: z.enum(meetingKinds),
  date: z.string(),
  finalisedAt: instant,
  hash: z.string(),
  anchor: z.string(),
});

export const approvedResolution = z.object({
  id,
  kind: z.enum(resolutionKinds),
  meetingId: id,
  meetingKind: z.enum(meetingKinds),
  date: z.string(),
  itemNumber: z.number().int(),
  title: z.string(),
  minutesNumber: z.number().int().nullable(),
  /** "Acta 12, punto 3" in the coop's language. */
  reference: z.string(),
});
export type ApprovedResolutionOutput = z.infer<typeof approvedResolution>;

export const projection = z.object({
  /** Null: nothing is projected (the projector shows the coop's name). */
  meeting: meetingSummary.nullable(),
  view: z.enum(projectorViews),
  item: agendaItem.nullable(),
  quorum: quorumState.nullable(),
  /** The open vote of the current item (live show-of-hands progress), else null. */
  vote: voteState.nullable(),
  /** The last closed vote of the meeting with its motion's text. */
  result: z.object({ motion: z.string(), vote: voteState }).nullable(),
  speakers: z.array(speaker),
});
export type Projection = z.infer<typeof projection>;

const meetingId = z.object({ meetingId: id }).strict();
const byId = z.object({ id }).strict();
/** An instant the secretary may give (a late entry); defaults to now. */
const at = instant.nullable().default(null);
const writes = ['assemblies', 'audit'] as const;
const reads = ['assemblies', 'members'] as const;

export const assembliesMethods = defineMethods({
  // ---- before the meeting
  'assemblies.list': {
    input: z.object({ kind: z.enum(meetingKinds).nullable().default(null), year: z.number().int().min(1900).max(2100).nullable().default(null) }).strict(),
    output: z.array(meetingSummary),
    reads: ['assemblies'],
  },
  'assemblies.get': { input: byId, output: meeting, reads: ['coop', 'assemblies'] },
  'assemblies.create': { input: meetingInput, output: z.object({ id }), reads: ['assemblies'], writes },
  /** Only while planned. */
  'assemblies.update': { input: meetingInput.extend({ id }).strict(), output: z.object({ id }), reads: ['assemblies'], writes },
  'assemblies.saveAgendaItem': {
    input: agendaItemFields.extend({ meetingId: id, id: id.nullable().default(null) }).strict(),
    output: z.object({ id }),
    reads: ['assemblies'],
    writes,
  },
  'assemblies.removeAgendaItem': { input: byId, output: z.object({ ok: z.literal(true) }), reads: ['assemblies'], writes },
  /** The agenda in its new order (every item's id once). */
  'assemblies.reorderAgenda': {
    input: z.object({ meetingId: id, itemIds: z.array(id).min(1).max(500) }).strict(),
    output: z.object({ ok: z.literal(true) }),
    reads: ['assemblies'],
    writes,
  },
  /** A file reference (where the document is kept), not its bytes. */
  'assemblies.attachDocument': {
    input: z.object({ itemId: id, name: requiredText(200), reference: requiredText(1000) }).strict(),
    output: z.object({ id }),
    reads: ['assemblies'],
    writes,
  },
  'assemblies.removeDocument': { input: byId, output: z.object({ ok: z.literal(true) }), reads: ['assemblies'], writes },
  'assemblies.publishAgenda': { input: meetingId, output: z.object({ ok: z.literal(true) }), reads: ['assemblies'], writes },
  /** Makes the padrón from the members register as of today (refused once the meeting is constituted). */
  'assemblies.generateRoll': {
    input: meetingId,
    output: z.object({ voters: count, speakers: count }),
    reads,
    writes,
  },
  'assemblies.roll': { input: meetingId, output: z.array(rollEntry), reads },
  /** Sends the notice: refused until the checklist is met. */
  'assemblies.convene': { input: meetingId, output: z.object({ ok: z.literal(true) }), reads: ['coop', 'assemblies'], writes },
  'assemblies.officeHolders': {
    input: z.object({ date: isoDate.nullable().default(null) }).strict(),
    output: z.array(officeHolder),
    reads,
  },
  'assemblies.saveOfficeHolder': {
    input: z.object({ memberId: id, role: z.enum(officeRoles), from: isoDate, to: isoDate.nullable().default(null) }).strict(),
    output: z.object({ id }),
    reads,
    writes,
  },
  'assemblies.endOffice': { input: z.object({ id, to: isoDate }).strict(), output: z.object({ ok: z.literal(true) }), reads, writes },
  // ---- during the meeting
  /** By member number, or by member id (a name search picks the id with members.search). */
  'assemblies.checkIn': {
    input: z.object({ meetingId: id, memberNumber: z.number().int().min(1).nullable().default(null), memberId: id.nullable().default(null), at }).strict(),
    output: attendanceEntry,
    reads,
    writes,
  },
  'assemblies.checkOut': {
    input: z.object({ meetingId: id, memberId: id, at }).strict(),
    output: z.object({ ok: z.literal(true) }),
    reads,
    writes,
  },
  'assemblies.attendance': { input: meetingId, output: z.array(attendanceEntry), reads },
  'assemblies.grantProxy': {
    input: z.object({ meetingId: id, memberId: id, holderId: id }).strict(),
    output: z.object({ id }),
    reads,
    writes,
  },
  'assemblies.revokeProxy': { input: byId, output: z.object({ ok: z.literal(true) }), reads, writes },
  'assemblies.quorum': { input: z.object({ meetingId: id, at }).strict(), output: quorumState, reads },
  /** Records the instant and call the meeting was constituted; refused without quorum. */
  'assemblies.constitute': { input: z.object({ meetingId: id, at }).strict(), output: quorumState, reads, writes },
  /** Cuarto intermedio: closes the session; `resume` opens the next one (its own minutes). */
  'assemblies.recess': { input: z.object({ meetingId: id, at }).strict(), output: z.object({ ok: z.literal(true) }), reads, writes },
  'assemblies.resume': { input: z.object({ meetingId: id, at }).strict(), output: z.object({ ok: z.literal(true) }), reads, writes },
  'assemblies.close': { input: z.object({ meetingId: id, at }).strict(), output: z.object({ ok: z.literal(true) }), reads, writes },
  'assemblies.saveSynthesis': {
    input: z.object({ itemId: id, synthesis: optionalText(20_000, { multiline: true }) }).strict(),
    output: z.object({ ok: z.literal(true) }),
    reads: ['assemblies'],
    writes,
  },
  'assemblies.speakers': { input: z.object({ itemId: id }).strict(), output: z.array(speaker), reads },
  'assemblies.addSpeaker': { input: z.object({ itemId: id, memberId: id }).strict(), output: z.object({ id }), reads, writes },
  'assemblies.speakerDone': { input: byId, output: z.object({ ok: z.literal(true) }), reads, writes },
  'assemblies.removeSpeaker': { input: byId, output: z.object({ ok: z.literal(true) }), reads, writes },
  /** A motion with no item is off the agenda: refused unless `exception` is one of the statute's. */
  'assemblies.propose': {
    input: z
      .object({
        meetingId: id,
        itemId: id.nullable().default(null),
        text: requiredText(4000, { multiline: true }),
        proposedBy: optionalText(200).default(null),
        exception: z.enum(agendaExceptionKinds).nullable().default(null),
      })
      .strict(),
    output: z.object({ id }),
    reads,
    writes,
  },
  'assemblies.motions': { input: meetingId, output: z.array(motion), reads },
  'assemblies.openVote': {
    input: z.object({ motionId: id, mode: z.enum(voteModes) }).strict(),
    output: voteState,
    reads,
    writes,
  },
  'assemblies.vote': { input: byId, output: voteState, reads },
  /** Show of hands (live, before close) and the secret ballot's count: the tally only. */
  'assemblies.recordTally': { input: z.object({ voteId: id, tally }).strict(), output: voteState, reads, writes },
  /** Roll call: one named vote per member present and able to vote. */
  'assemblies.castBallot': {
    input: z.object({ voteId: id, memberId: id, choice: z.enum(ballotChoices) }).strict(),
    output: z.object({ counted: count }),
    reads,
    writes,
  },
  /** Freezes electorate, presence and tally; stores the outcome with its rule and basis. */
  'assemblies.closeVote': { input: byId, output: voteState, reads, writes },
  'assemblies.resolutions': {
    input: z.object({ kind: z.enum(resolutionKinds).nullable().default(null) }).strict(),
    output: z.array(approvedResolution),
    reads: ['assemblies'],
  },
  // ---- the minutes
  /** Drafts (or redrafts, keeping edited texts) the minutes of the meeting's latest session. */
  'assemblies.draftMinutes': {
    input: z.object({ meetingId: id, sessionNumber: z.number().int().min(1).nullable().default(null) }).strict(),
    output: minutes,
    reads: ['coop', 'assemblies', 'members'],
    writes,
  },
  'assemblies.minutes': { input: meetingId, output: z.array(minutes), reads: ['assemblies', 'members'] },
  'assemblies.editMinutes': {
    input: z
      .object({
        id,
        opening: z.string().max(20_000),
        items: z.array(z.object({ number: z.number().int(), synthesis: z.string().max(20_000) }).strict()).max(500),
        closing: z.string().max(20_000),
      })
      .strict(),
    output: minutes,
    reads: ['assemblies', 'members'],
    writes,
  },
  /** Numbers, signs, locks and chains the act (AR: president, secretary and two members designated). */
  'assemblies.finaliseMinutes': {
    input: z
      .object({ id, signatories: z.array(z.object({ memberId: id, role: z.enum(signatoryRoles) }).strict()).min(1).max(20) })
      .strict(),
    output: minutes,
    reads: ['assemblies', 'members'],
    writes,
  },
  'assemblies.book': { input: empty, output: z.array(bookEntry), reads: ['assemblies'] },
  /** One act (by number) or the whole book (null); asks where to save. */
  'assemblies.printMinutes': {
    input: z.object({ number: z.number().int().min(1).nullable().default(null) }).strict(),
    output: z.object({ path: z.string() }),
    reads: ['coop', 'assemblies'],
  },
  'assemblies.printConvocation': { input: meetingId, output: z.object({ path: z.string() }), reads: ['coop', 'assemblies'] },
  'assemblies.printRoll': { input: meetingId, output: z.object({ path: z.string() }), reads: ['coop', 'assemblies', 'members'] },
  // ---- the projector
  'assemblies.projection': { input: empty, output: projection, reads: ['coop', 'assemblies', 'members'] },
  'assemblies.project': {
    input: z.object({ meetingId: id.nullable(), itemId: id.nullable().default(null), view: z.enum(projectorViews) }).strict(),
    output: z.object({ ok: z.literal(true) }),
    reads: ['assemblies'],
    writes,
  },
  'assemblies.openProjector': { input: empty, output: z.object({ result: z.enum(['opened', 'not-supported']) }), reads: [] },
});

export function convocationRoute(meetingId: number): string {
  return `/print/assemblies/convocation/${meetingId}`;
}

export function rollRoute(meetingId: number): string {
  return `/print/assemblies/roll/${meetingId}`;
}
