import { z } from 'zod';
import { defineMethods } from './define';
import { empty } from './common';

export const backupInfo = z.object({
  path: z.string(),
  name: z.string(),
  kind: z.enum(['daily', 'pre-migration', 'manual', 'pre-restore']),
  createdAt: z.string(),
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const checkReport = z.object({
  ok: z.boolean(),
  problems: z.array(z.object({ check: z.string(), message: z.string() })),
});
export type CheckReport = z.infer<typeof checkReport>;

export const backupsMethods = defineMethods({
  'backups.list': { input: empty, output: z.array(backupInfo) },
  /** Asks where to save (native dialog in the app) and writes a consistent copy there. */
  'backups.create': { input: empty, output: z.object({ path: z.string() }), writes: ['backups'] },
  /** Asks which file to restore, checks it, keeps the current database as a backup, then swaps it in. */
  'backups.restore': {
    input: z.object({ path: z.string().max(4096).nullable().default(null) }).strict(),
    output: z.object({ restoredFrom: z.string(), keptAs: z.string() }),
    writes: ['coop', 'members', 'audit', 'backups'],
  },
  'backups.check': { input: empty, output: checkReport },
});
