/**
 * The words of a meeting: its kinds, modes, the roles of office, the subjects a vote may bar office holders
 * from, the resolution kinds other modules look up, and how a vote is taken. The voting rules themselves
 * (majorities, quorum by call, exclusions) live in shared/domain/voting.
 */
export const meetingKinds = ['ordinary', 'extraordinary', 'council'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const meetingModes = ['in_person', 'remote', 'hybrid'] as const;
export type MeetingMode = (typeof meetingModes)[number];

/** planned → convened (checklist met) → in_session ⇄ recess → closed. */
export const meetingStatuses = ['planned', 'convened', 'in_session', 'recess', 'closed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const officeRoles = ['president', 'secretary', 'treasurer', 'council', 'auditor', 'substitute'] as const;
export type OfficeRole = (typeof officeRoles)[number];

export const voteSubjects = ['accounts', 'management', 'other'] as const;
export type VoteSubject = (typeof voteSubjects)[number];

export const matters = ['ordinary', 'qualified', 'unanimity'] as const;
export type Matter = (typeof matters)[number];

export const resolutionKinds = ['pay-scheme', 'pay-run', 'surplus-distribution', 'budget', 'statute', 'accounts', 'other'] as const;
export type ResolutionKind = (typeof resolutionKinds)[number];

export const agendaExceptionKinds = ['elect-signatories', 'call-new-assembly', 'audit', 'extend-session', 'action-against-officers'] as const;
export type AgendaExceptionKind = (typeof agendaExceptionKinds)[number];

export const voteModes = ['hands', 'roll_call', 'secret'] as const;
export type VoteMode = (typeof voteModes)[number];

export const ballotChoices = ['yes', 'no', 'abstain'] as const;
export type BallotChoice = (typeof ballotChoices)[number];

/** Who may vote at this meeting, who may only speak, and why. */
export const rollStandings = ['voter', 'speaker'] as const;
export type RollStanding = (typeof rollStandings)[number];
export const speakerReasons = ['status', 'capital_overdue', 'not_council'] as const;
export type SpeakerReason = (typeof speakerReasons)[number];

export const signatoryRoles = ['president', 'secretary', 'member'] as const;
export type SignatoryRole = (typeof signatoryRoles)[number];

export const projectorViews = ['item', 'quorum', 'vote', 'result', 'speakers'] as const;
export type ProjectorView = (typeof projectorViews)[number];
