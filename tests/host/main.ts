/**
 * Runs the renderer in a browser against a local database, for development:
 *   npm run dev:host -- [--db FILE] [--port 5180]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './server';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } });
const dbPath = resolve(values.db ?? 'out/dev/minga.sqlite');
mkdirSync(dirname(dbPath), { recursive: true });
// What the app would ask where to save (exports, backups, the printed book) is written here.
mkdirSync(join(dirname(dbPath), 'downloads'), { recursive: true });
const host = await startHost({
  dbPath,
  backupsDir: join(dirname(dbPath), 'backups'),
  downloadsDir: join(dirname(dbPath), 'downloads'),
  rendererDir: resolve(process.env.MINGA_RENDERER_OUT ?? 'out/renderer'),
  port: Number(values.port ?? 5180),
  actor: 'dev',
});
console.log(`Minga is at ${host.url} (database ${dbPath}); Ctrl+C stops it.`);
process.on('SIGINT', () => void host.close().then(() => process.exit(0)));
