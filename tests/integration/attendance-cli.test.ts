/**
 * `minga attendance import FILE.csv` (issue 9, "Command line": a dry-run report; any error → exit 1,
 * nothing written), run through the bundled out/cli/minga.cjs: the report names each problem's line, a
 * clean file is only checked until --commit, and progress goes to stderr when asked for.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandle } from '../../electron/db/connection';
import { openAttendanceSession } from './attendance-session';
import { useTempDir } from './helpers';

const tempDir = useTempDir();
const root = join(__dirname, '..', '..');

function minga(db: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'out', 'cli', 'minga.cjs'), '--db', db, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('minga attendance import', () => {
  it('reports problems by line and exits 1 with nothing written; a clean file is a dry run until --commit', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const s = await openAttendanceSession(dir);
    await s.addMember(1, '2024-01-01');
    await s.addMember(2, '2024-03-01');
    s.session.close();
    const db = join(dir, 'minga.sqlite');
    const records = () => {
      const handle = openHandle(db);
      try {
        return handle.prepare('SELECT count(*) FROM attendance_record').pluck().get() as number;
      } finally {
        handle.close();
      }
    };

    const bad = join(dir, 'fichadas.csv');
    writeFileSync(bad, ['Socio;Fecha;Entrada;Salida', '1;13/03/2024;08:00;16:00', '9;13/03/2024;08:00;16:00', '2;28/02/2024;08:00;16:00', '1;14/03/2024;08:00;07:00'].join('\n'));
    const refused = await minga(db, 'attendance', 'import', bad, '--commit');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('línea 3: No existe el número de asociado 9.');
    expect(refused.stdout).toContain('línea 4: 2024-02-28 es anterior al ingreso del asociado (2024-03-01).');
    expect(refused.stdout).toContain('línea 5: La salida 07:00 no es posterior a la entrada 08:00');
    expect(refused.stdout).toContain('4 filas revisadas, 3 problemas.');
    expect(refused.stderr).toBe('');
    expect(records()).toBe(0);

    const good = join(dir, 'fichadas-bien.csv');
    writeFileSync(good, ['Socio;Fecha;Entrada;Salida', '1;13/03/2024;08:00;16:00', '2;13/03/2024;08:10;16:00', '2;14/03/2024;08:00;12:00'].join('\n'));
    const dry = await minga(db, 'attendance', 'import', good);
    expect(records()).toBe(0);
    expect(dry).toMatchObject({ code: 0, stdout: '3 filas revisadas: sin problemas.\nNo se escribió nada (prueba). Volvé a ejecutar con --commit para importar.\n' });
    const written = await minga(db, 'attendance', 'import', good, '--commit', '--progress');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('3 registros importados.');
    expect(written.stderr).toContain('Revisando el archivo: 3 de 3');
    expect(written.stderr).toContain('Guardando los registros: 3 de 3');
    // The same file twice would double each day: refused, nothing written, and the database still checks clean.
    expect(await minga(db, 'attendance', 'import', good, '--commit')).toMatchObject({ code: 1 });
    expect(records()).toBe(3);
    expect(await minga(db, 'check')).toMatchObject({ code: 0 });
    expect(await minga(db, 'attendance', 'import', good, '--date-order', 'xyz')).toMatchObject({ code: 2 });
  });
});
