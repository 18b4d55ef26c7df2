import type { Generated } from 'kysely';
import type {
  AgendaExceptionKind,
  BallotChoice,
  Matter,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
  OfficeRole,
  ProjectorView,
  ResolutionKind,
  RollStanding,
  SignatoryRole,
  SpeakerReason,
  VoteMode,
  VoteSubject,
} from '../../../shared/domain/assemblies/kinds';

export interface AssemblyMeetingTable {
  id: Generated<number>;
  kind: MeetingKind;
  date: string;
  time: string;
  convened_at: string;
  place: string;
  mode: MeetingMode;
  remote_access: string | null;
  capital_up_to_date: Generated<0 | 1>;
  status: Generated<MeetingStatus>;
  notice_date: string | null;
  agenda_published_at: string | null;
  roll_generated_at: string | null;
  constituted_at: string | null;
  constituted_call: number | null;
  constituted_present: number | null;
  created_at: string;
  updated_at: string;
}

export interface AssemblyAgendaItemTable {
  id: Generated<number>;
  meeting_id: number;
  number: number;
  title: string;
  description: string | null;
  expected_minutes: number | null;
  needs_vote: 0 | 1;
  matter: Matter;
  subject: VoteSubject;
  resolution_kind: ResolutionKind;
  synthesis: string | null;
}

export interface AssemblyDocumentTable {
  id: Generated<number>;
  item_id: number;
  name: string;
  reference: string;
}

export interface AssemblyOfficeHolderTable {
  id: Generated<number>;
  member_id: number;
  role: OfficeRole;
  from_date: string;
  to_date: string | null;
}

export interface AssemblyRollTable {
  meeting_id: number;
  member_id: number;
  standing: RollStanding;
  reason: SpeakerReason | null;
}

export interface AssemblySessionTable {
  id: Generated<number>;
  meeting_id: number;
  number: number;
  opened_at: string;
  closed_at: string | null;
  attendance_hash: string | null;
}

export interface AssemblyAttendanceTable {
  id: Generated<number>;
  session_id: number;
  member_id: number;
  in_at: string;
  out_at: string | null;
}

export interface AssemblyProxyTable {
  id: Generated<number>;
  meeting_id: number;
  member_id: number;
  holder_id: number;
  granted_at: string;
  revoked_at: string | null;
}

export interface AssemblyMotionTable {
  id: Generated<number>;
  meeting_id: number;
  item_id: number | null;
  session_id: number;
  text: string;
  matter: Matter;
  subject: VoteSubject;
  resolution_kind: ResolutionKind;
  exception: AgendaExceptionKind | null;
  proposed_by: string | null;
  created_at: string;
}

export interface AssemblyVoteTable {
  id: Generated<number>;
  motion_id: number;
  mode: VoteMode;
  opened_at: string;
  closed_at: string | null;
  yes: Generated<number>;
  no: Generated<number>;
  abstain: Generated<number>;
  blank: Generated<number>;
  invalid: Generated<number>;
}

export interface AssemblyBallotTable {
  vote_id: number;
  member_id: number;
  choice: BallotChoice;
  cast_at: string;
}

export interface AssemblyVoteResultTable {
  vote_id: number;
  closed_at: string;
  electorate: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  blank: number;
  invalid: number;
  passed: 0 | 1;
  base: number;
  yes_needed: number;
  rule_json: string;
  rule_text: string;
  basis: string;
  barred_json: string;
  hash: string;
}

export interface AssemblyVotePresenceTable {
  vote_id: number;
  member_id: number;
}

export interface AssemblySpeakerTable {
  id: Generated<number>;
  item_id: number;
  member_id: number;
  position: number;
  spoke: Generated<0 | 1>;
}

export interface AssemblyMinutesTable {
  id: Generated<number>;
  meeting_id: number;
  session_id: number;
  status: 'draft' | 'final';
  number: number | null;
  content_json: string;
  finalised_at: string | null;
  prev_hash: string | null;
  hash: string | null;
  anchor_id: number | null;
  anchor: string | null;
}

export interface AssemblySignatoryTable {
  minutes_id: number;
  member_id: number;
  role: SignatoryRole;
  name: string;
}

export interface AssemblyProjectionTable {
  id: number;
  meeting_id: number | null;
  item_id: number | null;
  view: ProjectorView;
  updated_at: string;
}

export interface AssembliesTables {
  assembly_meeting: AssemblyMeetingTable;
  assembly_agenda_item: AssemblyAgendaItemTable;
  assembly_document: AssemblyDocumentTable;
  assembly_office_holder: AssemblyOfficeHolderTable;
  assembly_roll: AssemblyRollTable;
  assembly_session: AssemblySessionTable;
  assembly_attendance: AssemblyAttendanceTable;
  assembly_proxy: AssemblyProxyTable;
  assembly_motion: AssemblyMotionTable;
  assembly_vote: AssemblyVoteTable;
  assembly_ballot: AssemblyBallotTable;
  assembly_vote_result: AssemblyVoteResultTable;
  assembly_vote_presence: AssemblyVotePresenceTable;
  assembly_speaker: AssemblySpeakerTable;
  assembly_minutes: AssemblyMinutesTable;
  assembly_signatory: AssemblySignatoryTable;
  assembly_projection: AssemblyProjectionTable;
}
