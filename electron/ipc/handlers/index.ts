/**
 * The composition root: every domain's handlers merged into one map. Typed as `Handlers`, so a contract
 * method without a handler (or a handler for no method) is a compile error. Handlers stay thin; what they
 * add is the desktop around a service (asking where to save, printing), through the platform port.
 */
import type { Handlers } from '../dispatch';
import { assembliesHandlers } from './assemblies';
import { attendanceHandlers } from './attendance';
import { backupsHandlers } from './backups';
import { capitalHandlers } from './capital';
import { coopHandlers } from './coop';
import { coopTranslator, type HandlerDeps } from './deps';
import { ledgerHandlers } from './ledger';
import { membersHandlers } from './members';
import { planningHandlers } from './planning';
import { remunerationHandlers } from './remuneration';
import { surplusHandlers } from './surplus';
import { budgetsHandlers } from './budgets';

export type { HandlerDeps } from './deps';

export function createHandlers(given: Omit<HandlerDeps, 't'> & Partial<Pick<HandlerDeps, 't'>>): Handlers {
  const deps: HandlerDeps = { ...given, t: given.t ?? coopTranslator(given.session) };
  return {
    ...coopHandlers(deps),
    ...membersHandlers(deps),
    ...backupsHandlers(deps),
    ...ledgerHandlers(deps),
    ...capitalHandlers(deps),
    ...assembliesHandlers(deps),
    ...attendanceHandlers(deps),
    ...remunerationHandlers(deps),
    ...planningHandlers(deps),
    ...surplusHandlers(deps),
    ...budgetsHandlers(deps),
  };
}
