import { sql, type Kysely } from 'kysely';

/**
 * Assemblies and council meetings: the meeting and its agenda, office holders, the roll of voters, the
 * attendance book by session, proxies, motions, votes and the minutes book.
 *
 * What the law makes final is final here: a closed vote's snapshot (electorate, presence, tally, outcome),
 * roll-call ballots, the attendance of a closed session, and finalised minutes with their signatories
 * refuse UPDATE and DELETE. A secret ballot has no table with a member in it: only its tally is stored.
 *
 * Written out here rather than imported: a migration must stay what it was when it shipped.
 */

const refuse = (table: string, what: string, when = '') =>
  [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} ${when ? `WHEN ${when}` : ''}
      BEGIN SELECT RAISE(ABORT, '${what} is final'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} ${when ? `WHEN ${when}` : ''}
      BEGIN SELECT RAISE(ABORT, '${what} is final'); END`,
  ];

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = async (...statements: string[]) => {
    for (const s of statements) await sql.raw(s).execute(db);
  };
  await run(`CREATE TABLE assembly_meeting (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('ordinary','extraordinary','council')),
    date TEXT NOT NULL,
    time TEXT NOT NULL,
    convened_at TEXT NOT NULL,
    place TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('in_person','remote','hybrid')),
    remote_access TEXT,
    capital_up_to_date INTEGER NOT NULL DEFAULT 0 CHECK (capital_up_to_date IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','convened','in_session','recess','closed')),
    notice_date TEXT,
    agenda_published_at TEXT,
    roll_generated_at TEXT,
    constituted_at TEXT,
    constituted_call INTEGER,
    constituted_present INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`);
  await run(`CREATE INDEX assembly_meeting_date ON assembly_meeting (date, time)`);

  await run(`CREATE TABLE assembly_agenda_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES assembly_meeting (id),
    number INTEGER NOT NULL CHECK (number > 0),
    title TEXT NOT NULL,
    description TEXT,
    expected_minutes INTEGER,
    needs_vote INTEGER NOT NULL CHECK (needs_vote IN (0, 1)),
    matter TEXT NOT NULL CHECK (matter IN ('ordinary','qualified','unanimity')),
    subject TEXT NOT NULL CHECK (subject IN ('accounts','management','other')),
    resolution_kind TEXT NOT NULL CHECK (resolution_kind IN ('pay-scheme','pay-run','surplus-distribution','budget','statute','accounts','other')),
    synthesis TEXT
  )`);
  await run(`CREATE INDEX assembly_agenda_item_meeting ON assembly_agenda_item (meeting_id, number)`);

  await run(`CREATE TABLE assembly_document (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL REFERENCES assembly_agenda_item (id),
    name TEXT NOT NULL,
    reference TEXT NOT NULL
  )`);
  await run(`CREATE INDEX assembly_document_item ON assembly_document (item_id)`);

  await run(`CREATE TABLE assembly_office_holder (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES member (id),
    role TEXT NOT NULL CHECK (role IN ('president','secretary','treasurer','council','auditor','substitute')),
    from_date TEXT NOT NULL,
    to_date TEXT,
    CHECK (to_date IS NULL OR to_date >= from_date)
  )`);
  await run(`CREATE INDEX assembly_office_holder_member ON assembly_office_holder (member_id)`);

  // The padrón: made once per meeting from the register; who votes and who only speaks.
  await run(`CREATE TABLE assembly_roll (
    meeting_id INTEGER NOT NULL REFERENCES assembly_meeting (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    standing TEXT NOT NULL CHECK (standing IN ('voter','speaker')),
    reason TEXT CHECK (reason IN ('status','capital_overdue','not_council')),
    PRIMARY KEY (meeting_id, member_id)
  ) WITHOUT ROWID`);
  const started = (row: string) => `(SELECT status FROM assembly_meeting WHERE id = ${row}.meeting_id) NOT IN ('planned', 'convened')`;
  await run(...refuse('assembly_roll', 'the roll of a meeting that has started', started('OLD')));
  await run(`CREATE TRIGGER assembly_roll_no_insert_started BEFORE INSERT ON assembly_roll WHEN ${started('NEW')}
    BEGIN SELECT RAISE(ABORT, 'the roll of a meeting that has started is final'); END`);

  await run(`CREATE TABLE assembly_session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES assembly_meeting (id),
    number INTEGER NOT NULL CHECK (number > 0),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    /** sha256 of the session's attendance at close: the check recomputes it. */
    attendance_hash TEXT,
    UNIQUE (meeting_id, number)
  )`);
  await run(...refuse('assembly_session', 'a closed session', 'OLD.closed_at IS NOT NULL'));

  await run(`CREATE TABLE assembly_attendance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES assembly_session (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    in_at TEXT NOT NULL,
    out_at TEXT,
    CHECK (out_at IS NULL OR out_at >= in_at)
  )`);
  await run(`CREATE INDEX assembly_attendance_session ON assembly_attendance (session_id, member_id)`);
  await run(`CREATE UNIQUE INDEX assembly_attendance_one_open ON assembly_attendance (session_id, member_id) WHERE out_at IS NULL`);
  const closedSession = (row: string) => `(SELECT closed_at FROM assembly_session WHERE id = ${row}.session_id) IS NOT NULL`;
  await run(...refuse('assembly_attendance', 'the attendance of a closed session', closedSession('OLD')));
  await run(`CREATE TRIGGER assembly_attendance_no_insert_closed BEFORE INSERT ON assembly_attendance WHEN ${closedSession('NEW')}
    BEGIN SELECT RAISE(ABORT, 'the attendance of a closed session is final'); END`);

  await run(`CREATE TABLE assembly_proxy (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES assembly_meeting (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    holder_id INTEGER NOT NULL REFERENCES member (id),
    granted_at TEXT NOT NULL,
    revoked_at TEXT,
    CHECK (member_id <> holder_id)
  )`);
  await run(`CREATE UNIQUE INDEX assembly_proxy_one_active ON assembly_proxy (meeting_id, member_id) WHERE revoked_at IS NULL`);

  await run(`CREATE TABLE assembly_motion (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES assembly_meeting (id),
    item_id INTEGER REFERENCES assembly_agenda_item (id),
    session_id INTEGER NOT NULL REFERENCES assembly_session (id),
    text TEXT NOT NULL,
    matter TEXT NOT NULL CHECK (matter IN ('ordinary','qualified','unanimity')),
    subject TEXT NOT NULL CHECK (subject IN ('accounts','management','other')),
    resolution_kind TEXT NOT NULL,
    exception TEXT CHECK (exception IN ('elect-signatories','call-new-assembly','audit','extend-session','action-against-officers')),
    proposed_by TEXT,
    created_at TEXT NOT NULL,
    CHECK ((item_id IS NULL) = (exception IS NOT NULL))
  )`);
  await run(`CREATE INDEX assembly_motion_meeting ON assembly_motion (meeting_id)`);

  // The vote while open: hands and secret keep their running tally here (counts only).
  await run(`CREATE TABLE assembly_vote (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    motion_id INTEGER NOT NULL UNIQUE REFERENCES assembly_motion (id),
    mode TEXT NOT NULL CHECK (mode IN ('hands','roll_call','secret')),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    yes INTEGER NOT NULL DEFAULT 0 CHECK (yes >= 0),
    no INTEGER NOT NULL DEFAULT 0 CHECK (no >= 0),
    abstain INTEGER NOT NULL DEFAULT 0 CHECK (abstain >= 0),
    blank INTEGER NOT NULL DEFAULT 0 CHECK (blank >= 0),
    invalid INTEGER NOT NULL DEFAULT 0 CHECK (invalid >= 0)
  )`);
  await run(...refuse('assembly_vote', 'a closed vote', 'OLD.closed_at IS NOT NULL'));

  // Named votes only (roll call); one per member, never changed.
  await run(`CREATE TABLE assembly_ballot (
    vote_id INTEGER NOT NULL REFERENCES assembly_vote (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    choice TEXT NOT NULL CHECK (choice IN ('yes','no','abstain')),
    cast_at TEXT NOT NULL,
    PRIMARY KEY (vote_id, member_id)
  ) WITHOUT ROWID`);
  await run(...refuse('assembly_ballot', 'a ballot'));
  await run(`CREATE TRIGGER assembly_ballot_named_open BEFORE INSERT ON assembly_ballot
    WHEN (SELECT mode <> 'roll_call' OR closed_at IS NOT NULL FROM assembly_vote WHERE id = NEW.vote_id)
    BEGIN SELECT RAISE(ABORT, 'only an open roll-call vote takes named ballots'); END`);

  // The frozen snapshot of a closed vote.
  await run(`CREATE TABLE assembly_vote_result (
    vote_id INTEGER PRIMARY KEY REFERENCES assembly_vote (id),
    closed_at TEXT NOT NULL,
    electorate INTEGER NOT NULL,
    present INTEGER NOT NULL,
    yes INTEGER NOT NULL,
    no INTEGER NOT NULL,
    abstain INTEGER NOT NULL,
    blank INTEGER NOT NULL,
    invalid INTEGER NOT NULL,
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    base INTEGER NOT NULL,
    yes_needed INTEGER NOT NULL,
    rule_json TEXT NOT NULL,
    rule_text TEXT NOT NULL,
    basis TEXT NOT NULL,
    barred_json TEXT NOT NULL,
    hash TEXT NOT NULL
  )`);
  await run(...refuse('assembly_vote_result', 'a closed vote'));
  // Who was present (in person or by proxy) among the electorate when the vote closed; no choice here. The
  // electorate itself is the roll's voters less those barred (barred_json): the roll is fixed once the
  // meeting starts.
  await run(`CREATE TABLE assembly_vote_presence (
    vote_id INTEGER NOT NULL REFERENCES assembly_vote_result (vote_id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    PRIMARY KEY (vote_id, member_id)
  ) WITHOUT ROWID`);
  await run(...refuse('assembly_vote_presence', 'a closed vote'));

  await run(`CREATE TABLE assembly_speaker (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL REFERENCES assembly_agenda_item (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    position INTEGER NOT NULL,
    spoke INTEGER NOT NULL DEFAULT 0 CHECK (spoke IN (0, 1))
  )`);
  await run(`CREATE INDEX assembly_speaker_item ON assembly_speaker (item_id, position)`);

  await run(`CREATE TABLE assembly_minutes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id INTEGER NOT NULL REFERENCES assembly_meeting (id),
    session_id INTEGER NOT NULL UNIQUE REFERENCES assembly_session (id),
    status TEXT NOT NULL CHECK (status IN ('draft','final')),
    number INTEGER UNIQUE,
    content_json TEXT NOT NULL,
    finalised_at TEXT,
    prev_hash TEXT,
    hash TEXT,
    anchor_id INTEGER,
    anchor TEXT,
    CHECK ((status = 'final') = (number IS NOT NULL AND hash IS NOT NULL AND finalised_at IS NOT NULL))
  )`);
  await run(...refuse('assembly_minutes', 'a finalised act', "OLD.status = 'final'"));
  await run(`CREATE TRIGGER assembly_minutes_numbered_without_gaps BEFORE UPDATE OF number ON assembly_minutes
    WHEN NEW.number IS NOT (SELECT coalesce(max(number), 0) + 1 FROM assembly_minutes)
    BEGIN SELECT RAISE(ABORT, 'the minutes book is numbered without gaps'); END`);

  await run(`CREATE TABLE assembly_signatory (
    minutes_id INTEGER NOT NULL REFERENCES assembly_minutes (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    role TEXT NOT NULL CHECK (role IN ('president','secretary','member')),
    name TEXT NOT NULL,
    PRIMARY KEY (minutes_id, member_id)
  ) WITHOUT ROWID`);
  await run(...refuse('assembly_signatory', 'a signatory of the minutes'));
  await run(`CREATE TRIGGER assembly_signatory_no_insert_final BEFORE INSERT ON assembly_signatory
    WHEN (SELECT status FROM assembly_minutes WHERE id = NEW.minutes_id) = 'final'
    BEGIN SELECT RAISE(ABORT, 'a finalised act is final'); END`);

  // What the projector shows, driven from the main window.
  await run(`CREATE TABLE assembly_projection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    meeting_id INTEGER REFERENCES assembly_meeting (id),
    item_id INTEGER REFERENCES assembly_agenda_item (id),
    view TEXT NOT NULL CHECK (view IN ('item','quorum','vote','result','speakers')),
    updated_at TEXT NOT NULL
  )`);
  await run(`INSERT INTO assembly_projection (id, view, updated_at) VALUES (1, 'item', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);
}
