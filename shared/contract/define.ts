import type { z } from 'zod';

/** Coarse names of what a write changed; the renderer invalidates its queries by them. */
export const tables = ['coop', 'members', 'audit', 'backups'] as const;
export type Table = (typeof tables)[number];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Tables a successful call changes; a `data.changed` event names them. Reads leave it out. */
  writes?: readonly Table[];
}

/** Keeps the literal keys and schema types of a domain's methods. */
export function defineMethods<const T extends Record<string, MethodSpec>>(methods: T): T {
  return methods;
}
