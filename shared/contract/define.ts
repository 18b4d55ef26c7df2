import type { z } from 'zod';

/**
 * Coarse topics of the data: a method names the topics its answer depends on (`reads`) and the ones a
 * successful call changes (`writes`). Main announces writes as `data.changed { topics }`; the renderer
 * refreshes exactly the cached answers whose method reads one of them.
 */
export const topics = ['coop', 'members', 'audit', 'backups', 'ledger', 'capital', 'assemblies', 'attendance', 'remuneration', 'planning', 'surplus', 'budgets'] as const;
export type Topic = (typeof topics)[number];

/** What a restore writes: the whole file changes, so every topic does. */
export const everyTopic: readonly Topic[] = topics;

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Topics the answer depends on; a cached answer is refreshed when one of them changes. */
  reads: readonly Topic[];
  /** Topics a successful call changes; a `data.changed` event names them. Reads leave it out. */
  writes?: readonly Topic[];
}

/** Keeps the literal keys and schema types of a domain's methods. */
export function defineMethods<const T extends Record<string, MethodSpec>>(methods: T): T {
  return methods;
}

/** Each domain's method maps, by domain name: `{ members: membersMethods, … }`. */
export type DomainMethodMaps = Record<string, Record<string, MethodSpec>>;

/** Methods not named `<domain>.<verb>` after the domain that declares them; `never` when all are. */
export type UnprefixedMethods<D extends DomainMethodMaps> = {
  [K in keyof D & string]: Exclude<keyof D[K], `${K}.${string}`>;
}[keyof D & string];

/** Methods that two domains both declare (the merge would silently keep one); `never` when disjoint. */
export type SharedMethods<D extends DomainMethodMaps> = {
  [K in keyof D]: keyof D[K] & { [J in Exclude<keyof D, K>]: keyof D[J] }[Exclude<keyof D, K>];
}[keyof D];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** One map of every method, from the domains' maps. */
export function mergeDomains<const D extends DomainMethodMaps>(domains: D): UnionToIntersection<D[keyof D]> {
  return Object.assign({}, ...Object.values(domains)) as UnionToIntersection<D[keyof D]>;
}
