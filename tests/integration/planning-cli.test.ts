/**
 * `minga --db FILE plan --json` (issue 11, "Command line"): the plan of the shop in the database, the same
 * answer as the planning screens; `--scenario` keeps running without a database.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttendanceSession } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');

function minga(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga plan', () => {
  it('plans the shop in the database (--json) as the service does, and a scenario file without one', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const s = await openAttendanceSession(dir);
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: 0, end: 1440 }));
    const press: { id: number } = await s.call('planning.saveWorkcenter', { code: 'PRESS', name: 'Press', lanes: 1, efficiency: 1, shifts: everyDay, exceptions: [] });
    for (const [i, setup] of [60, 120].entries()) {
      const p: { id: number } = await s.call('planning.saveProduct', {
        code: `p${i + 1}`,
        name: `p${i + 1}`,
        operations: [{ code: 'press', name: 'press', workcenterId: press.id, partnerId: null, setupMinutes: setup, runMinutesPerUnit: 0 }],
        materials: [],
      });
      await s.call('planning.saveOrder', { code: `O${i + 1}`, productId: p.id, qty: 1, release: '2026-03-02', due: i === 0 ? '2026-03-02T03:00' : '2026-03-02T01:00' });
    }
    const expected = (await s.call('planning.plan', { start: '2026-03-02', weeks: 2 })) as { orders: unknown[]; metrics: unknown };
    s.session.close();
    const db = join(dir, 'minga.sqlite');
    const answer = await minga('--db', db, 'plan', '--start', '2026-03-02', '--weeks', '2', '--json');
    expect(answer.stderr).toBe('');
    expect(answer.code).toBe(0);
    const view = JSON.parse(answer.stdout) as { orders: { id: string; endAt: string }[]; metrics: unknown };
    expect(view.orders.map((o) => [o.id, o.endAt])).toEqual([
      ['O2', '2026-03-02T02:00'],
      ['O1', '2026-03-02T03:00'],
    ]);
    expect(view.orders).toEqual(expected.orders);
    expect(view.metrics).toEqual(expected.metrics);

    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify({ model: { workcenters: { PRESS: {} }, products: { p: { ops: [{ id: 'press', wc: 'PRESS', setup: 60 }] } }, orders: [{ id: 'O1', product: 'p', qty: 1, due: 30 }] } }));
    const pure = await minga('plan', '--scenario', file, '--json');
    expect(pure.code).toBe(0);
    expect(JSON.parse(pure.stdout).orders.O1).toMatchObject({ end: 60, tardiness: 30, reasons: ['lead_time'] });
  });
});
