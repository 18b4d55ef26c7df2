/**
 * Import in the user's language (issue 6): the status words and column headers the app itself shows in
 * es, pt-BR and en, identity numbers with or without punctuation, columns never dropped silently, and
 * day/month order decided once for the whole file, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { wordsForField, wordsForStatus } from '../../electron/services/members/import-words';
import { importableFields, type ImportPreview, type Member } from '../../shared/contract/members';
import { memberStatuses } from '../../shared/domain/members';
import { useTempDir } from './helpers';
import { memberInput, openMembersSession } from './members-session';

const tempDir = useTempDir();
type Session = Awaited<ReturnType<typeof openMembersSession>>;

const fileOf = (text: string, extra: Record<string, unknown> = {}) => ({
  fileBase64: Buffer.from(text, 'utf8').toString('base64'),
  mapping: null,
  ...extra,
});

async function preview(s: Session, text: string, extra: Record<string, unknown> = {}): Promise<ImportPreview> {
  const result = await s.dispatch('members.importPreview', fileOf(text, extra));
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportPreview;
}

async function register(s: Session): Promise<Member[]> {
  const result = await s.dispatch('members.register', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Member[];
}

describe('members import in the user’s language', () => {
  it('accepts the status words the app shows, in es, pt-BR and en', async () => {
    const s = await openMembersSession(tempDir());
    const csv = [
      'Apellidos;Nombres;Fecha de ingreso;Estado;Fecha de egreso;Causa del egreso',
      'Quispe;Rosa;2020-01-01;en período de prueba;;',
      'Baker;Tom;2020-01-01;Con licencia;;',
      'Silva;João;2020-01-01;Demitido a pedido;2021-05-01;Mudança',
      'Smith;Ann;2020-01-01;On trial;;',
      'Pérez;Ana;2020-01-01;Em experiência;;',
    ].join('\n');
    const p = await preview(s, csv);
    expect(p.problems).toEqual([]);
    expect(await s.dispatch('members.importCommit', fileOf(csv))).toEqual({ ok: true, value: { imported: 5 } });
    expect((await register(s)).map((m) => m.status)).toEqual(['trial', 'on_leave', 'resigned', 'trial', 'trial']);
  });

  it('a refused status lists the words accepted, in the coop’s language', async () => {
    const s = await openMembersSession(tempDir());
    const p = await preview(s, 'Apellidos,Nombres,Fecha de ingreso,Estado\nQuispe,Rosa,2020-01-01,Jubilado\n');
    expect(p.problems).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'unknown_status',
        value: 'Jubilado',
        accepted: ['Postulante', 'En período de prueba', 'Activo', 'Con licencia', 'Renunciante', 'Excluido', 'Fallecido'],
      }),
    ]);
    expect(p.problems[0]!.message).toContain('En período de prueba');
  });

  it('recognises any language’s column headers and their abbreviations ("Fecha nac.") and shows the columns it will not import', async () => {
    const s = await openMembersSession(tempDir());
    const csv = 'Nº;Sobrenomes;Nombres;Fecha nac.;Date of birth;Joined;Observaciones;Tel.\n7;Quispe;Rosa;1980-04-12;;2020-01-01;nota;555\n';
    const p = await preview(s, csv);
    expect(p.mapping).toEqual({ memberNumber: 0, lastNames: 1, firstNames: 2, birthDate: 3, joinDate: 5, phone: 7 });
    // A second birth-date column and an unknown one are shown, never dropped silently.
    expect(p.ignoredColumns).toEqual([
      { index: 4, header: 'Date of birth' },
      { index: 6, header: 'Observaciones' },
    ]);
    expect(await s.dispatch('members.importCommit', fileOf(csv))).toEqual({ ok: true, value: { imported: 1 } });
    expect(await register(s)).toMatchObject([{ memberNumber: 7, birthDate: '1980-04-12', phone: '555' }]);
  });

  it('identity numbers match with or without dots, dashes and spaces when checking duplicates ("30123456" is "30.123.456")', async () => {
    const s = await openMembersSession(tempDir());
    await s.dispatch('members.create', memberInput({ nationalId: '30.123.456', taxId: '20-30123456-1' }));
    const before = s.counts();
    const csv = [
      'lastNames,firstNames,joinDate,nationalId,taxId',
      'Quispe,Rosa,2020-01-01,30123456,',
      'Baker,Tom,2020-01-01,,20 30123456 1',
      'Silva,Joao,2020-01-01,40.111.222,',
      'Smith,Ann,2020-01-01,40111222,',
    ].join('\n');
    const p = await preview(s, csv);
    expect(p.problems.map((x) => [x.line, x.code])).toEqual([
      [2, 'duplicate_national_id'],
      [3, 'duplicate_tax_id'],
      [5, 'duplicate_national_id'],
    ]);
    expect(await s.dispatch('members.importCommit', fileOf(csv))).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    expect(s.counts()).toEqual(before);
  });

  it('a file whose dates read both ways is refused until the person chooses the order, and nothing is guessed', async () => {
    const s = await openMembersSession(tempDir());
    const csv = 'lastNames,firstNames,birthDate,joinDate\nQuispe,Rosa,07/04/1980,02/01/2020\nBaker,Tom,03/05/1975,2020-01-01\n';
    const p = await preview(s, csv);
    expect(p.dates).toMatchObject({ ambiguous: true, evident: null, order: null });
    expect(p.dates.examples.slice(0, 3)).toEqual([
      { line: 2, field: 'birthDate', value: '07/04/1980', ambiguous: true },
      { line: 2, field: 'joinDate', value: '02/01/2020', ambiguous: true },
      { line: 3, field: 'birthDate', value: '03/05/1975', ambiguous: true },
    ]);
    expect(p.problems).toEqual([expect.objectContaining({ line: 0, code: 'ambiguous_dates', value: '07/04/1980' })]);
    expect(await s.dispatch('members.importCommit', fileOf(csv))).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED' } });
    expect(s.counts().members).toBe(0);

    expect(await s.dispatch('members.importCommit', fileOf(csv, { dateOrder: 'mdy' }))).toEqual({ ok: true, value: { imported: 2 } });
    expect((await register(s)).map((m) => [m.birthDate, m.joinDate])).toEqual([
      ['1980-07-04', '2020-02-01'],
      ['1975-03-05', '2020-01-01'],
    ]);
    const other = await openMembersSession(tempDir());
    expect(await other.dispatch('members.importCommit', fileOf(csv, { dateOrder: 'dmy' }))).toEqual({ ok: true, value: { imported: 2 } });
    expect((await register(other))[0]).toMatchObject({ birthDate: '1980-04-07', joinDate: '2020-01-02' });
  });

  it('a file that settles its own order (a 25/12 can only be day-first) is read that way for every row', async () => {
    const s = await openMembersSession(tempDir());
    const csv = 'lastNames,firstNames,birthDate,joinDate\nQuispe,Rosa,07/04/1980,25/12/2019\n';
    const p = await preview(s, csv);
    expect(p.dates).toMatchObject({ ambiguous: false, evident: 'dmy', order: 'dmy' });
    expect(p.problems).toEqual([]);
    // Chosen against the file's evidence, the cell that cannot be month-first is a bad date on its line.
    const against = await preview(s, csv, { dateOrder: 'mdy' });
    expect(against.problems).toEqual([expect.objectContaining({ line: 2, field: 'joinDate', code: 'bad_date', value: '25/12/2019' })]);
  });

  it('refuses birth and join dates in the future, and a leaving date past today plus the margin', async () => {
    const s = await openMembersSession(tempDir());
    const csv = [
      'lastNames,firstNames,birthDate,joinDate,status,leavingDate,leavingCause',
      'Quispe,Rosa,2099-01-01,2020-01-01,,,',
      'Baker,Tom,1980-01-01,2025-06-16,,,',
      'Silva,Joao,1980-01-01,2020-01-01,resigned,2025-06-20,Mudanza',
    ].join('\n');
    const p = await preview(s, csv);
    expect(p.problems.map((x) => [x.line, x.field, x.code])).toEqual([
      [2, 'birthDate', 'future_date'],
      [3, 'joinDate', 'future_date'],
      [4, 'leavingDate', 'future_date'],
    ]);
    expect(await s.dispatch('members.updateSettings', { statusFutureMarginDays: 10 })).toMatchObject({ ok: true });
    expect((await preview(s, csv)).problems.map((x) => x.line)).toEqual([2, 3]);
  });

  it('no header word names two fields and no status word names two statuses, in any of the three languages', () => {
    const owners = <T extends string>(items: readonly T[], words: (item: T) => string[]) => {
      const seen = new Map<string, T[]>();
      for (const item of items) for (const word of words(item)) seen.set(word, [...(seen.get(word) ?? []), item]);
      return [...seen].filter(([, items]) => items.length > 1);
    };
    expect(owners(importableFields, wordsForField)).toEqual([]);
    expect(owners(memberStatuses, wordsForStatus)).toEqual([]);
  });
});
