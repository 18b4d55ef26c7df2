/**
 * The composition of every domain: the order their checks run in and their demo steps are taken.
 * A new domain adds its module here and nowhere else in core.
 */
import { assembliesDomain } from './assemblies';
import { attendanceDomain } from './attendance';
import { budgetsDomain } from './budgets';
import { capitalDomain } from './capital';
import { checkDatabase, type DemoOptions, type ServiceContext } from './core';
import { coopDomain } from './coop';
import { ledgerDomain } from './ledger';
import { membersDomain } from './members';
import { planningDomain } from './planning';
import { remunerationDomain } from './remuneration';
import { surplusDomain } from './surplus';

export const domains = [coopDomain, membersDomain, ledgerDomain, capitalDomain, assembliesDomain, attendanceDomain, planningDomain, remunerationDomain, surplusDomain, budgetsDomain] as const;

/** `minga check` and the settings screen's check: the file, then every domain's own checks. */
export function checkAllDomains(ctx: ServiceContext) {
  return checkDatabase(
    ctx,
    domains.flatMap((d) => d.checks),
  );
}

/** Fills an initialised database with every domain's part of the demo cooperative, in order. */
export async function generateDemoCooperative(ctx: ServiceContext, options: DemoOptions): Promise<void> {
  for (const domain of domains) await domain.demo?.(ctx, options);
}
