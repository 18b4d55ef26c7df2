import { z } from 'zod';
import { defineMethods, everyTopic } from './define';
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
  problems: z.array(
    z.object({
      check: z.string(),
      /** In English, for the command line and the log. */
      message: z.string(),
      /** The same sentence in the catalogue ('backups:check.…') with its params, for the user's language. */
      key: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  /** The audit chain's last row: recorded outside the file (minutes, a notebook), it pins the log's end. */
  chainHead: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
});
export type CheckReport = z.infer<typeof checkReport>;

export const backupsMethods = defineMethods({
  'backups.list': { input: empty, output: z.array(backupInfo), reads: ['backups'] },
  /** Asks where to save (native dialog in the app) and writes a consistent copy there. */
  'backups.create': { input: empty, output: z.object({ path: z.string() }), reads: everyTopic, writes: ['backups'] },
  /**
   * Restores one of `backups.list` (by its file name) or, given nothing, the file the app's own open dialog
   * asks for: never a path from the caller. The file is checked in full before the current database (kept
   * as a backup) is replaced.
   */
  'backups.restore': {
    input: z.object({ backup: z.string().min(1).max(255).optional() }).strict(),
    output: z.object({ restoredFrom: z.string(), keptAs: z.string() }),
    reads: ['backups'],
    // The whole file is swapped: everything the renderer holds is stale.
    writes: everyTopic,
  },
  'backups.check': { input: empty, output: checkReport, reads: everyTopic },
});
