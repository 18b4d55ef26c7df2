/**
 * npm run bench: each figure beside its limit measured in the same run on the same rows (raw
 * better-sqlite3), printed as a table and written to out/bench/results.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { setupCoop } from '../../electron/services/coop/profile';
import { generateDemo } from '../../electron/services/members/demo';
import { getMember, listMembers, listMembersQueries } from '../../electron/services/members/register';
import { exportMembersCsv } from '../../electron/services/members/export';
import { commitMemberImport } from '../../electron/services/members/import';
import { openDatabaseSession, type DatabaseSession } from '../../electron/services/core/session';
import { createHostPlatform } from '../host/platform';
import { openHandle } from '../../electron/db/connection';
import { highestIds, rowsWrittenSince, timeInsertOnly, timeParseAndInsert } from './import-limit';
import { ledgerExportFigures } from './ledger-export';
import { runMembersSearchBench } from './members-search';
import { figure, percentile, table, timeOnce, timeOnceAsync, type Figure } from './stats';
import { syncCostFigure } from './sync-cost';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'minga-bench-'));
const coop = { name: 'Bench', framework: 'AR', currency: 'ARS', locale: 'es', fiscalYearStart: '01-01' } as const;

async function freshSession(name: string): Promise<DatabaseSession> {
  const session = await openDatabaseSession({ path: join(dir, `${name}.sqlite`), actor: 'bench' });
  await setupCoop(session.ctx(), coop);
  return session;
}

/** The register's own CSV of MEMBERS demo members: what a coop would import. */
async function demoCsv(): Promise<Uint8Array> {
  const source = await freshSession('source');
  await generateDemo(source.ctx(), { members: MEMBERS, years: 5, locale: 'es', seed: 7 });
  const { bytes } = await exportMembersCsv(source.ctx());
  source.close();
  return bytes;
}

async function importFigures(csv: Uint8Array): Promise<Figure[]> {
  const runs = 3;
  const minga: number[] = [];
  const raw: number[] = [];
  const parseAndInsert: number[] = [];
  for (let run = 0; run < runs; run++) {
    const session = await freshSession(`import-${run}`);
    const before = highestIds(session.ctx().handle);
    // The honest limit starts from the same file as it stood before the import.
    await session.ctx().handle.backup(join(dir, `limit-${run}.sqlite`));
    await session.ctx().handle.backup(join(dir, `limit-members-${run}.sqlite`));
    minga.push(
      await timeOnceAsync(() => commitMemberImport(session.ctx(), { fileBase64: Buffer.from(csv).toString('base64'), mapping: null })),
    );
    const written = rowsWrittenSince(session.ctx().handle, before);
    session.close();
    if (written[0]!.rows.length !== MEMBERS) throw new Error(`the import wrote ${written[0]!.rows.length} members, not ${MEMBERS}`);
    const limit = openHandle(join(dir, `limit-${run}.sqlite`));
    parseAndInsert.push(timeParseAndInsert(limit, csv, written));
    limit.close();

    // The older limit: the member rows only, already parsed, through one prepared insert.
    const membersOnly = openHandle(join(dir, `limit-members-${run}.sqlite`));
    raw.push(timeInsertOnly(membersOnly, written.slice(0, 1)));
    membersOnly.close();
  }
  const name = `import ${MEMBERS} members from CSV (median of ${runs})`;
  return [
    figure(name, percentile(minga, 50), 'ms', 'papaparse + raw inserts of the same member, history and audit rows', percentile(parseAndInsert, 50), 1.5),
    figure(name, percentile(minga, 50), 'ms', 'member rows only, pre-parsed, one prepared insert (older limit)', percentile(raw, 50)),
  ];
}

async function listFigures(session: DatabaseSession): Promise<Figure[]> {
  const ctx = session.ctx();
  const searches = ['a', 'ro', 'mar', 'gonz', 'silva', '12', '3456', 'ez', 'lu', 'pe'];
  const input = (search: string) => ({ search, statuses: [], category: null, sort: 'lastNames' as const, direction: 'asc' as const, offset: 0, limit: 100 });
  for (const s of searches) await listMembers(ctx, input(s)); // warm up
  const minga: number[] = [];
  const raw: number[] = [];
  // The limit runs the very SQL the service sends, on the raw handle, with statements prepared once.
  const statements = searches.map((s) => {
    const { count, page } = listMembersQueries(ctx.db, input(s));
    return {
      count: ctx.handle.prepare(count.sql),
      countParams: count.parameters as unknown[],
      page: ctx.handle.prepare(page.sql),
      pageParams: page.parameters as unknown[],
    };
  });
  for (let i = 0; i < 300; i++) {
    const k = i % searches.length;
    minga.push(await timeOnceAsync(() => listMembers(ctx, input(searches[k]!))));
    const st = statements[k]!;
    raw.push(timeOnce(() => (st.count.get(...st.countParams), st.page.all(...st.pageParams))));
  }
  return [
    figure(`members list: search + page of 100 over ${MEMBERS}, p50`, percentile(minga, 50), 'ms', 'same SQL on the raw handle, p50', percentile(raw, 50)),
    figure(`members list: search + page of 100 over ${MEMBERS}, p95`, percentile(minga, 95), 'ms', 'same SQL on the raw handle, p95', percentile(raw, 95)),
  ];
}

async function rpcFigures(session: DatabaseSession): Promise<Figure[]> {
  const dispatch = createDispatcher(createHandlers({ session, platform: createHostPlatform(dir) }));
  const ctx = session.ctx();
  const rpc: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const id = 1 + (i % MEMBERS);
    rpc.push(await timeOnceAsync(() => dispatch('members.get', { id })));
    direct.push(await timeOnceAsync(() => getMember(ctx, id)));
  }
  return [figure('RPC round trip members.get via the dispatcher (validation included), p50', percentile(rpc, 50), 'ms', 'the service called directly, p50', percentile(direct, 50))];
}

try {
  console.log(`Minga benchmark: ${MEMBERS} members, node ${process.version}`);
  const csv = await demoCsv();
  const figures = [...(await importFigures(csv))];
  const session = await freshSession('query');
  await commitMemberImport(session.ctx(), { fileBase64: Buffer.from(csv).toString('base64'), mapping: null });
  figures.push(...(await listFigures(session)), ...(await rpcFigures(session)));
  session.close();
  // A smaller BENCH_MEMBERS (a quick try) measures search at that size only, not at 10,000 and 100,000.
  figures.push(syncCostFigure(dir), ...(await runMembersSearchBench(process.env.BENCH_MEMBERS ? [MEMBERS] : undefined)));
  figures.push(...(await ledgerExportFigures()));
  figures.push(...(await (await import('./capital-statement')).capitalStatementFigures()));
  figures.push(...(await import('./planning')).planningFigures());
  figures.push(...(await (await import('./planning-db')).planningDbFigures()));
  figures.push(...(await (await import('./attendance')).attendanceFigures()));
  figures.push(...(await (await import('./remuneration')).remunerationFigures()));
  figures.push(...(await (await import('./assemblies')).assembliesFigures()));
  figures.push(...(await (await import('./surplus')).surplusFigures()));
  figures.push(...(await (await import('./budgets')).budgetsFigures()));
  console.log(`\n${table(figures)}\n`);
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/results.json', `${JSON.stringify({ members: MEMBERS, node: process.version, at: new Date().toISOString(), figures }, null, 2)}\n`);
  console.log('written to out/bench/results.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
