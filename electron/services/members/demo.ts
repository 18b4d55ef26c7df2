/**
 * A demo cooperative to try Minga with: members with realistic names, ids, categories and hours, who
 * joined over the last few years and went through the statuses real members do. Deterministic: the
 * same seed and the same day give the same register.
 */
import { localToday } from '../../../shared/domain/dates';
import type { CoopIdentity, Locale } from '../../../shared/contract/coop';
import { isLeaving, type MemberStatus } from '../../../shared/domain/members';
import { foldForSearch } from '../../../shared/domain/search';
import type { DemoOptions, ServiceContext } from '../core';
import { requireCoop } from '../coop';
import { demoWords, type DemoWords } from './demo-data';
import { between, drawIds, mulberry32, type Random } from './demo-ids';
import { insertMembersBulk, type NewMember, type NewStatusChange } from './bulk';

/**
 * The demo the first-run screen offers: its size is what the screen says (coop:firstRun.demoChoiceHint
 * and demoRunning name 10,000 members), and a test holds the two together.
 */
export const DEMO_SIZE = { members: 10_000, years: 5 } as const;

export function demoIdentity(locale: Locale): CoopIdentity {
  return { ...demoWords[locale].identity };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Mostly the first items: a coop has more auxiliaries than coordinators. */
function pickWeighted<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * random() * items.length)]!;
}

const asciiWord = (text: string) => foldForSearch(text).replace(/[^a-z]/g, '');

interface Plan {
  status: MemberStatus;
  history: NewStatusChange[];
}

/** The member's path from joining to today: applicant, trial → active, on leave, or gone. */
function statusPlan(random: Random, words: DemoWords, join: number, today: number, resolution: (day: number) => string): Plan {
  const history: NewStatusChange[] = [];
  const add = (status: MemberStatus, day: number, cause: string | null = null, res: string | null = null) =>
    history.push({ status, effectiveDate: isoOfDay(day), cause, resolution: res });

  if (today - join < 60 && random() < 0.5) {
    add('applicant', join);
    return { status: 'applicant', history };
  }
  let last = join;
  if (random() < 0.4) {
    add('trial', join, null, resolution(join));
    const confirmed = join + between(random, 90, 180);
    if (confirmed > today) return { status: 'trial', history };
    add('active', confirmed, null, resolution(confirmed));
    last = confirmed;
  } else {
    add('active', join, null, resolution(join));
  }
  if (last >= today) return { status: 'active', history };

  const when = () => between(random, last + 1, today);
  const r = random();
  if (r < 0.06) {
    const leave = when();
    add('on_leave', leave, words.leaveCause);
    if (random() < 0.4 && leave < today) {
      add('active', between(random, leave + 1, today));
      return { status: 'active', history };
    }
    return { status: 'on_leave', history };
  }
  if (r < 0.15) add('resigned', when(), pick(random, words.resignationCauses));
  else if (r < 0.18) {
    const day = when();
    add('excluded', day, pick(random, words.exclusionCauses), resolution(day));
  } else if (r < 0.195) add('deceased', when(), words.deathCause);
  else return { status: 'active', history };
  return { status: history[history.length - 1]!.status, history };
}

/** Generates and inserts the demo members after any already there. Needs the coop to be set up. */
export async function generateDemo(ctx: ServiceContext, options: DemoOptions): Promise<{ generated: number }> {
  await requireCoop(ctx);
  const { members: count, years, locale, seed = 1 } = options;
  const words = demoWords[locale];
  const random = mulberry32(seed);
  // The office's calendar day, as every other date the app writes (not UTC's, a day ahead in the evening).
  const today = dayNumber(localToday(ctx.now()));
  const founded = today - Math.round(years * 365.25);
  // The council meets about monthly; its minutes are numbered from the founding.
  const resolution = (day: number) => words.resolution(1 + Math.floor((day - founded) / 30));

  // Ids already in the register count as taken, so a demo added to existing members never collides.
  const existingIds = ctx.handle
    .prepare('SELECT national_id FROM member WHERE national_id IS NOT NULL UNION ALL SELECT tax_id FROM member WHERE tax_id IS NOT NULL')
    .pluck()
    .all() as string[];
  const seenIds = new Set<string>(existingIds);
  const seenEmails = new Set<string>();
  const drafts: { join: number; order: number; member: NewMember }[] = [];
  for (let i = 0; i < count; i += 1) {
    const female = random() < 0.5;
    const given = pick(random, female ? words.femaleNames : words.maleNames);
    const firstNames = random() < 0.3 ? `${given} ${pick(random, female ? words.femaleNames : words.maleNames)}` : given;
    const surname = pick(random, words.surnames);
    const lastNames = random() < words.secondSurnameShare ? `${surname} ${pick(random, words.surnames)}` : surname;
    // About one in ten are founders; the rest joined over the years since.
    const join = random() < 0.1 ? founded : between(random, founded + 1, today);
    const ids = drawIds(locale, random, female, seenIds);
    const plan = statusPlan(random, words, join, today, resolution);
    const last = plan.history[plan.history.length - 1]!;
    const leaving = isLeaving(plan.status);

    let email: string | null = null;
    if (random() < 0.8) {
      const base = `${asciiWord(given)}.${asciiWord(surname)}`;
      email = seenEmails.has(base) ? `${base}${i}` : base;
      seenEmails.add(base);
      email += '@example.com';
    }
    const hasPhone = random() < 0.9;
    const phoneDigits = String(between(random, 10_000_000, 99_999_999));
    const nationality = random() < 0.85 ? words.nationalities[0] : pick(random, words.nationalities.slice(1));
    const address = `${pick(random, words.streets)} ${between(random, 10, 4999)}, ${pick(random, words.cities)}`;
    const birth = join - between(random, 18 * 365, 60 * 365);

    const member: NewMember = {
      memberNumber: 0,
      lastNames,
      firstNames,
      nationalId: ids.nationalId,
      taxId: ids.taxId,
      nationality,
      birthDate: isoOfDay(birth),
      email,
      phone: hasPhone ? words.phone(phoneDigits) : null,
      address,
      joinDate: isoOfDay(join),
      admissionResolution: plan.status === 'applicant' ? null : resolution(join),
      category: pickWeighted(random, words.categories),
      weeklyHours: pick(random, words.weeklyHours),
      status: plan.status,
      statusSince: last.effectiveDate,
      leavingDate: leaving ? last.effectiveDate : null,
      leavingCause: leaving ? last.cause : null,
      history: plan.history,
    };
    drafts.push({ join, order: i, member });
  }

  // Numbers follow the order people joined, after the highest number ever given.
  drafts.sort((a, b) => a.join - b.join || a.order - b.order);
  const highest = ctx.handle
    .prepare('SELECT max(n) FROM (SELECT max(member_number) AS n FROM member UNION ALL SELECT max(member_number) FROM retired_member_number)')
    .pluck()
    .get() as number | null;
  const rows = drafts.map((d, index) => ({ ...d.member, memberNumber: (highest ?? 0) + index + 1 }));
  const generated = insertMembersBulk(ctx, rows, {
    action: 'member.demo',
    summary: { action: 'members.demo', entity: 'member', entityId: null, after: { generated: rows.length, seed, locale } },
  });
  return { generated };
}
