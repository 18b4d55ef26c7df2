import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/** Calendar dates cross the boundary as 'YYYY-MM-DD'. */
export const isoDate = z.string().refine(isIsoDate, { message: 'errors.date' });

/** Optional text: trimmed, at most `max` characters; empty means "not given" and becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullable()
    .transform((s) => (s === null || s.trim() === '' ? null : s.trim()));

export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'errors.required' }).max(max);

export const empty = z.object({}).strict();
export const ok = z.object({ ok: z.literal(true) });
