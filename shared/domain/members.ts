import { addDaysToDate } from './dates';

/**
 * A member's lifecycle, as the legal members books record it (AR Registro de Asociados, Res. INAES;
 * BR livro de matrícula, Lei 5.764/71 art. 23; ES libro registro de socios, Ley 27/1999 art. 60).
 */
export const memberStatuses = [
  'applicant',
  'trial',
  'active',
  'on_leave',
  'resigned',
  'excluded',
  'deceased',
] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** Statuses that end membership: they need a leaving date and a cause, and nothing follows them. */
export const leavingStatuses: readonly MemberStatus[] = ['resigned', 'excluded', 'deceased'];

/** Statuses a member may be registered with directly (a new application, or a book carried over from paper). */
export const initialStatuses: readonly MemberStatus[] = ['applicant', 'trial', 'active'];

const allowed: Record<MemberStatus, readonly MemberStatus[]> = {
  applicant: ['trial', 'active', 'resigned', 'deceased'],
  trial: ['active', 'resigned', 'excluded', 'deceased'],
  active: ['on_leave', 'resigned', 'excluded', 'deceased'],
  on_leave: ['active', 'resigned', 'excluded', 'deceased'],
  resigned: [],
  excluded: [],
  deceased: [],
};

export type TransitionRefusal =
  | { reason: 'same_status' }
  | { reason: 'final_status'; from: MemberStatus }
  | { reason: 'not_allowed'; from: MemberStatus; to: MemberStatus }
  | { reason: 'before_last_change'; lastChange: string }
  | { reason: 'too_far_ahead'; latest: string }
  | { reason: 'cause_required' }
  | { reason: 'resolution_required' };

export function isLeaving(status: MemberStatus): boolean {
  return leavingStatuses.includes(status);
}

export function nextStatuses(from: MemberStatus): readonly MemberStatus[] {
  return allowed[from];
}

/**
 * Whether a status change may be recorded. Exclusion needs the council resolution that decided it,
 * because an exclusion must follow due process (AR Ley 20.337 art. 12; ES Ley 27/1999 art. 18).
 */
export function checkTransition(input: {
  from: MemberStatus;
  to: MemberStatus;
  date: string;
  lastChange: string;
  cause?: string | null | undefined;
  resolution?: string | null | undefined;
  /** The latest date a change may carry (today plus the members setting's margin); none when absent. */
  latest?: string | undefined;
}): TransitionRefusal | null {
  const { from, to } = input;
  if (from === to) return { reason: 'same_status' };
  if (isLeaving(from)) return { reason: 'final_status', from };
  if (!allowed[from].includes(to)) return { reason: 'not_allowed', from, to };
  if (input.date < input.lastChange) return { reason: 'before_last_change', lastChange: input.lastChange };
  if (input.latest !== undefined && input.date > input.latest) return { reason: 'too_far_ahead', latest: input.latest };
  if (isLeaving(to) && !input.cause?.trim()) return { reason: 'cause_required' };
  if (to === 'excluded' && !input.resolution?.trim()) return { reason: 'resolution_required' };
  return null;
}

/** The latest date a status change may carry: today plus the members setting's margin in days. */
export function latestStatusDate(today: string, marginDays: number): string {
  return addDaysToDate(today, marginDays);
}

export interface HistoryEntry {
  status: MemberStatus;
  effectiveDate: string;
  cause: string | null;
  resolution: string | null;
}

export type HistoryRefusal =
  | { reason: 'empty_history' }
  | { reason: 'not_initial'; status: MemberStatus }
  | { reason: 'transition'; at: number; refusal: TransitionRefusal };

/**
 * Whether a status history (oldest first) is one a member could have lived: it starts with a status a
 * member may be registered with, and every later entry is a change `checkTransition` allows. A corrected
 * history must pass this before the member's status is recomputed from it.
 */
export function checkHistory(entries: readonly HistoryEntry[]): HistoryRefusal | null {
  const [first, ...rest] = entries;
  if (first === undefined) return { reason: 'empty_history' };
  if (!initialStatuses.includes(first.status)) return { reason: 'not_initial', status: first.status };
  let previous = first;
  for (const [index, entry] of rest.entries()) {
    const refusal = checkTransition({
      from: previous.status,
      to: entry.status,
      date: entry.effectiveDate,
      lastChange: previous.effectiveDate,
      cause: entry.cause,
      resolution: entry.resolution,
    });
    if (refusal) return { reason: 'transition', at: index + 1, refusal };
    previous = entry;
  }
  return null;
}
