/**
 * The minutes drafted from what happened (rules/assemblies.md §8): place, date, call, quorum and when it
 * was reached, attendance, the agenda with each item's synthesis, every motion with its exact tally and
 * rule. Words come from the catalogue through `t`, so the act is in the coop's language.
 */
import type { MeetingKind, MeetingMode, VoteMode } from './kinds';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface MinutesFacts {
  coopName: string;
  kind: MeetingKind;
  /** Local date and time, already formatted in the coop's language. */
  date: string;
  time: string;
  place: string;
  mode: MeetingMode;
  sessionNumber: number;
  /** Local time the session opened, formatted. */
  openedAt: string;
  constitution: { time: string; call: number; present: number; roll: number; needed: number; basis: string } | null;
  /** Distinct people who signed the book in this session. */
  attendance: number;
  agenda: { number: number; title: string; synthesis: string | null }[];
  motions: MotionFact[];
  /** How the session ended, with its local time; null while it is being held. */
  end: { how: 'recess' | 'closed'; time: string } | null;
}

export interface MotionFact {
  itemNumber: number | null;
  exception: string | null;
  text: string;
  mode: VoteMode;
  tally: { yes: number; no: number; abstain: number; blank: number; invalid: number };
  passed: boolean;
  base: number;
  yesNeeded: number;
  rule: string;
  basis: string;
}

export interface MinutesContent {
  heading: string;
  opening: string;
  items: { number: number; title: string; synthesis: string }[];
  closing: string;
  /** What a person has rewritten: a redraft keeps it. */
  edited: { opening: boolean; closing: boolean; items: number[] };
}

/** Motions outside the agenda (the law's exceptions) are minuted under this number, after the agenda. */
export const OUTSIDE_AGENDA = 0;

function motionText(m: MotionFact, t: Translate): string {
  return t('minutesText.motion', {
    text: m.text,
    mode: t(`minutesText.mode.${m.mode}`),
    yes: m.tally.yes,
    no: m.tally.no,
    abstain: m.tally.abstain,
    blank: m.tally.blank,
    invalid: m.tally.invalid,
    result: t(m.passed ? 'minutesText.approved' : 'minutesText.rejected'),
    rule: m.rule,
    basis: m.basis,
    base: m.base,
    needed: m.yesNeeded,
  });
}

export function draftMinutes(f: MinutesFacts, t: Translate): Omit<MinutesContent, 'edited'> {
  const kind = t(`minutesText.kind.${f.kind}`);
  const heading = t('minutesText.heading', { coop: f.coopName, kind, date: f.date, session: f.sessionNumber });
  const opening = [
    t('minutesText.opening', { place: f.place, date: f.date, time: f.openedAt, kind, convened: f.time, mode: t(`minutesText.mode.${f.mode}`) }),
    f.sessionNumber > 1 ? t('minutesText.resumed', { session: f.sessionNumber }) : '',
    f.constitution
      ? t('minutesText.constituted', { ...f.constitution })
      : t('minutesText.notConstituted'),
    t('minutesText.attendance', { count: f.attendance }),
  ]
    .filter((s) => s !== '')
    .join(' ');
  const items = f.agenda.map((i) => ({
    number: i.number,
    title: i.title,
    synthesis: [i.synthesis ?? '', ...f.motions.filter((m) => m.itemNumber === i.number).map((m) => motionText(m, t))].filter((s) => s !== '').join('\n\n'),
  }));
  const outside = f.motions.filter((m) => m.itemNumber === null);
  if (outside.length > 0) {
    items.push({
      number: OUTSIDE_AGENDA,
      title: t('minutesText.outsideAgenda'),
      synthesis: outside.map((m) => `${t(`minutesText.exception.${m.exception ?? 'other'}`)}: ${motionText(m, t)}`).join('\n\n'),
    });
  }
  const closing = f.end ? t(`minutesText.end.${f.end.how}`, { time: f.end.time }) : '';
  return { heading, opening, items, closing };
}

/** A redraft: new facts, but what a person rewrote stays as they wrote it. */
export function redraft(previous: MinutesContent | null, fresh: Omit<MinutesContent, 'edited'>): MinutesContent {
  const edited = previous?.edited ?? { opening: false, closing: false, items: [] };
  return {
    heading: fresh.heading,
    opening: edited.opening && previous ? previous.opening : fresh.opening,
    items: fresh.items.map((i) => {
      const kept = edited.items.includes(i.number) ? previous?.items.find((p) => p.number === i.number) : undefined;
      return kept ? { ...i, synthesis: kept.synthesis } : i;
    }),
    closing: edited.closing && previous ? previous.closing : fresh.closing,
    edited,
  };
}
