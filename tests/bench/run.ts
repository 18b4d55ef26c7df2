/**
 * npm run bench: each figure beside its limit measured in the same run on the same rows (raw
 * better-sqlite3), printed as a table and written to out/bench/results.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { setupCoop } from '../../electron/services/coop/profile';
import { generateDemo } from '../../electron/services/members/demo';
import { getMember, listMembers, listMembersQueries } from '../../electron/services/members/register';
import { exportMembersCsv } from '../../electron/services/members/export';
import { commitMemberImport } from '../../electron/services/members/import';
import { openDatabaseSession, type DatabaseSession } from '../../electron/services/core/session';
import { createHostPlatform } from '../host/platform';
import { figure, percentile, table, timeOnce, timeOnceAsync, type Figure } from './stats';

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
  for (let run = 0; run < runs; run++) {
    const session = await freshSession(`import-${run}`);
    minga.push(
      await timeOnceAsync(() => commitMemberImport(session.ctx(), { fileBase64: Buffer.from(csv).toString('base64'), mapping: null })),
    );
    session.close();

    // The limit: the same rows, already parsed, in one transaction through one prepared insert.
    const baseline = await freshSession(`raw-${run}`);
    const text = new TextDecoder().decode(csv).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const handle = baseline.ctx().handle;
    const insert = handle.prepare(
      `INSERT INTO member (member_number, last_names, first_names, national_id, tax_id, nationality, birth_date, email, phone,
        address, join_date, admission_resolution, category, weekly_minutes, status, status_since, leaving_date, leaving_cause,
        search_text, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    const empty = (s: string | undefined) => (s === undefined || s === '' ? null : s);
    raw.push(
      timeOnce(() =>
        handle.transaction(() => {
          for (const r of rows) {
            insert.run(
              Number(r.memberNumber), r.lastNames, r.firstNames, empty(r.nationalId), empty(r.taxId), empty(r.nationality),
              empty(r.birthDate), empty(r.email), empty(r.phone), empty(r.address), r.joinDate, empty(r.admissionResolution),
              empty(r.category), Math.round(Number(r.weeklyHours) * 60), r.status, r.leavingDate || r.joinDate,
              empty(r.leavingDate), empty(r.leavingCause), `${r.memberNumber} ${r.lastNames}`, 'now', 'now',
            );
          }
        })(),
      ),
    );
    baseline.close();
  }
  return [figure(`import ${MEMBERS} members from CSV (median of ${runs})`, percentile(minga, 50), 'ms', 'raw prepared insert', percentile(raw, 50), 2)];
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
  console.log(`\n${table(figures)}\n`);
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/results.json', `${JSON.stringify({ members: MEMBERS, node: process.version, at: new Date().toISOString(), figures }, null, 2)}\n`);
  console.log('written to out/bench/results.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
