/**
 * The one contract between the renderer and the main process: every method, its input and output schema,
 * and what it reads and writes. A domain adds its map to `domainMethods`; an unknown method is a compile
 * error for callers, and tests/types/contract-domains.ts keeps the maps prefixed and disjoint.
 */
import type { z } from 'zod';
import { assembliesMethods } from './assemblies';
import { attendanceMethods } from './attendance';
import { backupsMethods } from './backups';
import { capitalMethods } from './capital';
import { coopMethods } from './coop';
import { ledgerMethods } from './ledger';
import { membersMethods } from './members';
import { planningMethods } from './planning';
import { remunerationMethods } from './remuneration';
import { surplusMethods } from './surplus';
import { budgetsMethods } from './budgets';
import { mergeDomains, type Topic } from './define';

export const domainMethods = {
  coop: coopMethods,
  members: membersMethods,
  backups: backupsMethods,
  ledger: ledgerMethods,
  capital: capitalMethods,
  assemblies: assembliesMethods,
  attendance: attendanceMethods,
  remuneration: remunerationMethods,
  planning: planningMethods,
  surplus: surplusMethods,
  budgets: budgetsMethods,
};

export const contract = mergeDomains(domainMethods);

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

/** Events main pushes to the renderer; `on` accepts only these names. */
export interface Events {
  'data.changed': { topics: Topic[] };
  /** Progress of long work (an import of a million rows): `task` names it ('attendance.import.check'). */
  'task.progress': { task: string; done: number; total: number };
}
export type EventName = keyof Events;
export const eventNames: readonly EventName[] = ['data.changed', 'task.progress'];

export { everyTopic, topics, type Topic } from './define';
export type { Result, RpcError, ErrorCode } from './errors';
import type { Result } from './errors';

/** What the preload (or the browser shim, or the in-memory transport) installs as `window.bridge`. */
export interface Bridge {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
