/**
 * The demo cooperative's pay: a scheme history of two versions (the public example's hourly scheme, then a
 * raise of the base six months ago), an assignment for each member the attendance demo gave hours to, and a
 * posted run for each of the last twelve complete months, through the same services a secretary uses.
 * Only the last twelve months are run: each run posts a journal entry and capital deductions, and twelve
 * keep the 10,000-member demo within its time (the attendance demo covers a workshop's worth of members).
 */
import type { SchemeRulesInput } from '../../../shared/contract/remuneration';
import { schemeRules } from '../../../shared/contract/remuneration';
import { localToday } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n/catalogue';
import { inTransaction, nowIso, type DemoOptions, type ServiceContext } from '../core';
import { approveRun } from './approve';
import { monthsThrough, periodRange } from './period';
import { draftRun } from './runs';
import { saveScheme } from './schemes';
import { remunerationSettings, updateRemunerationSettings } from './settings';

/** An hourly base that reads as plausible pay in the demo's currency, in minor units. */
const baseByCurrency: Record<string, number> = { ARS: 480_000, BRL: 3_000, EUR: 1_500, USD: 2_500 };

const categoryKeys = ['auxiliary', 'skilled', 'specialist', 'coordination'] as const;
const coefficients = [{ num: 1, den: 1 }, { num: 13, den: 10 }, { num: 8, den: 5 }, { num: 2, den: 1 }];

/** Half the workshop in the first category, fewer in each next one. */
const categoryOf = (memberNumber: number) => {
  const slot = memberNumber % 10;
  return slot < 5 ? 0 : slot < 8 ? 1 : slot < 9 ? 2 : 3;
};

function rulesFor(locale: DemoOptions['locale'], baseMinor: number): SchemeRulesInput {
  const names = categoryKeys.map((k) => translate(locale, `remuneration:runs.demo.${k}`));
  return {
    kind: 'hourly',
    baseMinor,
    categories: Object.fromEntries(names.map((name, i) => [name, coefficients[i]!])),
    seniority: { percentPerYear: { num: 3, den: 2 }, maxYears: 15 },
    maxRatio: { num: 5, den: 2 },
  };
}

export async function generateRemunerationDemo(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  const coop = ctx.handle.prepare('SELECT currency FROM coop_profile').get() as { currency: string } | undefined;
  if (!coop) return;
  const workers = ctx.handle
    .prepare(`SELECT m.id, m.member_number AS number, min(a.date) AS first FROM attendance_record a JOIN member m ON m.id = a.member_id GROUP BY m.id ORDER BY m.member_number`)
    .all() as { id: number; number: number; first: string }[];
  const schemes = ctx.handle.prepare('SELECT count(*) FROM remuneration_scheme_version').pluck().get() as number;
  if (workers.length === 0 || schemes > 0) return;
  const today = localToday(ctx.now());
  const months = monthsThrough(today.slice(0, 7), 13).slice(0, 12);
  const start = periodRange(months[0]!).from;
  const raise = periodRange(months[6]!).from;
  const base = baseByCurrency[coop.currency] ?? 2_000;
  const t = (key: string) => translate(options.locale, `remuneration:runs.demo.${key}`);
  // The capital demo has already written its register up to today, in date order, instalments paid in cash
  // or left late for the forfeiture screen; deductions dated months back would be appended out of order.
  await updateRemunerationSettings(ctx, { ...(await remunerationSettings(ctx)), deductCapitalInstalments: false });
  await saveScheme(ctx, { id: null, name: t('schemeName'), effectiveFrom: start, rules: schemeRules.parse(rulesFor(options.locale, base)), resolutionId: null, note: null });
  await saveScheme(ctx, { id: null, name: t('schemeRaise'), effectiveFrom: raise, rules: schemeRules.parse(rulesFor(options.locale, Math.round((base * 11) / 10))), resolutionId: null, note: null });

  const names = categoryKeys.map((k) => t(k));
  await inTransaction(ctx, async (trx, audit) => {
    const recordedAt = nowIso(ctx);
    const rows = workers.map((w) => ({
      member_id: w.id,
      effective_from: w.first < start ? w.first : start,
      category: names[categoryOf(w.number)]!,
      steps_json: '{}',
      modifiers_json: '[]',
      commitment_num: 1,
      commitment_den: 1,
      add_ons_json: '[]',
      recorded_at: recordedAt,
    }));
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('remuneration_assignment').values(rows.slice(i, i + 500)).execute();
    await audit({ action: 'remuneration.demo', entity: 'remuneration_assignment', entityId: null, before: null, after: { members: rows.length } });
  });
  for (const period of months) {
    const draft = await draftRun(ctx, { period, adjusting: false });
    if (draft.memberCount === 0) continue;
    await approveRun(ctx, { runId: draft.id, postingDate: periodRange(period).to, resolutionId: null, acceptRatioWarning: true });
  }
}
