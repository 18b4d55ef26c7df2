/**
 * `minga capital import FILE.csv` (issue 7, "Command line"): a dry run with a line-numbered report, any
 * problem means nothing written and exit 1; and `minga capital statement --member N --json`.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCapitalSession } from './capital-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');

function minga(db: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'bin', 'minga.mjs'), '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga capital', () => {
  it('import refuses a file with problems (line-numbered, nothing written), imports a good one; statement --json', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const s = await openCapitalSession(dir);
    s.session.close();
    const db = join(dir, 'minga.sqlite');

    // A Spanish coop: `1.000,00` is an amount, `1,234.56` is not; member 3 is an applicant, member 9 does not exist.
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        'Número de asociado;Clase de cuotas;Suscripto;Integrado;Fecha',
        '1;Cuotas sociales;1.000,00;50,00;2024-02-01',
        '2;Cuotas sociales;1,234.56;50,00;2024-02-01',
        '3;Cuotas sociales;1.000,00;50,00;2024-02-01',
        '9;Otra clase;1.000,00;2.000,00;2023-01-01',
      ].join('\n'),
    );
    const refused = await minga(db, 'capital', 'import', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 3: subscribed: Línea 3: 1,234.56 no es un importe');
    expect(refused.stderr).toContain('line 4: memberNumber:');
    expect(refused.stderr).toContain('line 5: class:');
    expect(refused.stderr).toContain('line 5: paid:');
    expect(refused.stderr).toContain('nothing was imported');
    expect(JSON.parse((await minga(db, 'capital', 'statement', '--member', '1', '--json')).stdout).operations).toEqual([]);

    const good = join(dir, 'good.csv');
    writeFileSync(good, ['memberNumber,class,subscribed,paid,date', '1,Cuotas sociales,"1.000,00","250,00",2024-02-01', '2,Cuotas sociales,"2.000,00","2.000,00",2024-03-01'].join('\n'));
    expect(await minga(db, 'capital', 'import', good)).toMatchObject({ code: 0, stdout: 'imported opening capital of 2 members\n' });

    const statement = JSON.parse((await minga(db, 'capital', 'statement', '--member', '1', '--from', '2024-01-01', '--to', '2024-12-31', '--json')).stdout);
    expect(statement.closing).toMatchObject({ subscribedMinor: 100_000, paidMinor: 25_000, pendingMinor: 75_000, balanceMinor: 25_000 });
    expect(statement.operations.map((o: { kind: string }) => o.kind)).toEqual(['subscription', 'payment']);
    expect(await minga(db, 'capital', 'statement', '--member', '77')).toMatchObject({ code: 1, stderr: expect.stringContaining('no member has number 77') });
    expect(await minga(db, 'check')).toMatchObject({ code: 0, stdout: expect.stringContaining('no problems found') });
  });
});
