/**
 * The cost of committing with synchronous=FULL (issue 5: an acknowledged write survives a power cut):
 * the same small transaction committed one at a time on two databases with the app's pragmas, one left
 * at FULL and one turned back to NORMAL. In WAL mode FULL adds one fsync of the log per commit.
 */
import { join } from 'node:path';
import { openHandle, type SqliteHandle } from '../../electron/db/connection';
import { figure, percentile, timeOnce, type Figure } from './stats';

/** About what one audited change writes: a row of the entity and an audit row with before/after JSON. */
const PAYLOAD = 'x'.repeat(1024);

function commitTimes(handle: SqliteHandle, commits: number): number[] {
  handle.exec('CREATE TABLE bench_sync (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = handle.prepare('INSERT INTO bench_sync (payload) VALUES (?)');
  const write = handle.transaction(() => {
    insert.run(PAYLOAD);
    insert.run(PAYLOAD);
  });
  return Array.from({ length: commits }, () => timeOnce(() => write()));
}

/**
 * Median milliseconds per committed write at FULL, beside the same at NORMAL measured in the same run.
 * `dir` is a scratch folder (two files are written there).
 */
export function syncCostFigure(dir: string, commits = 300): Figure {
  const full = openHandle(join(dir, 'sync-full.sqlite'));
  const normal = openHandle(join(dir, 'sync-normal.sqlite'));
  try {
    if (full.pragma('synchronous', { simple: true }) !== 2) throw new Error('the app no longer opens with synchronous=FULL');
    normal.pragma('synchronous = NORMAL');
    const atFull = percentile(commitTimes(full, commits), 50);
    const atNormal = percentile(commitTimes(normal, commits), 50);
    return figure('one small write committed, synchronous=FULL (p50)', atFull, 'ms', 'the same at synchronous=NORMAL', atNormal);
  } finally {
    full.close();
    normal.close();
  }
}
