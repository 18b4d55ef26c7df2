/**
 * The scenario file of rules/remuneration.md, key for key: the public example gives its table and the ratio
 * 23/10; an unknown key, a misspelt kind or an impossible amount is refused with where and why.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../shared/domain/remuneration';

const example = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../docs/examples/pay/${name}.json`, import.meta.url)), 'utf8')) as Record<string, unknown>;
const publicFile = () => example('public-example') as { scheme: Record<string, unknown>; members: Record<string, unknown>[]; currency: string };

describe('the scenario file of the public example', () => {
  it('gives the table of rules/remuneration.md and the ratio 23/10', () => {
    expect(simulateScenario(publicFile())).toEqual({
      members: [
        { id: 'Ana', pay: '1766400.00' },
        { id: 'Bruno', pay: '1367654.40' },
        { id: 'Carla', pay: '748800.00' },
        { id: 'Diego', pay: '870144.00' },
        { id: 'Eva', pay: '384000.00' },
      ],
      ratio: '2.3',
      ratioFraction: '23/10',
      ratioHolds: true,
      basis: 'Ana 11040.00 per hour ÷ Eva 4800.00 per hour = 23/10 = 2.3, at most the maximum 2.5',
    });
  });

  it('with Coordinación at 2.10 and Ana at 15 years gives 2.5725 > 2.50', () => {
    expect(simulateScenario(example('public-example-raised'))).toMatchObject({ ratio: '2.5725', ratioFraction: '1029/400', ratioHolds: false });
  });
});

describe('the annual examples', () => {
  it('by job index: 14 payments that add up to each annual amount, the last taking the remainder', () => {
    const out = simulateScenario(example('annual-by-index'));
    const itziar = out.members[0]!;
    expect(itziar).toMatchObject({ id: 'Itziar', pay: '56970.00' });
    expect(itziar.payments).toHaveLength(14);
    expect(itziar.payments!.slice(12)).toEqual(['4069.29', '4069.23']);
    for (const m of out.members) expect(m.payments!.reduce((s, p) => s + Math.round(Number(p) * 100), 0)).toBe(Math.round(Number(m.pay) * 100));
    expect(out).toMatchObject({ ratio: '2.7', ratioHolds: true });
  });

  it('matrix: pays 12 payments and measures the ratio exactly on the full-time equivalent', () => {
    const out = simulateScenario(example('matrix'));
    expect(out.members.map((m) => m.payments!.length)).toEqual([12, 12, 12, 12]);
    expect(out.members.find((m) => m.id === 'Cleo')).toMatchObject({ pay: '9945.00' });
    expect(out.ratio).toBe('2.16177690010090733568');
    expect(out.ratioHolds).toBe(true);
  });
});

describe('the Brazilian example: minimum pay pro rata, add-ons counted in the ratio', () => {
  it('raises Caio to the minimum wage and Bia to half the Oficial floor; Ana’s coordination add-on counts in 29/20', () => {
    expect(simulateScenario(example('brazil-minimum'))).toMatchObject({
      members: [
        { id: 'Ana', pay: '2073.50' },
        { id: 'Bia', pay: '1000.00' },
        { id: 'Caio', pay: '1518.00' },
      ],
      ratio: '1.45',
      ratioHolds: true,
    });
  });
});

describe('refusals', () => {
  const refused = (file: unknown) => {
    try {
      simulateScenario(file);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the file was accepted');
  };

  it('an unknown key, at any depth', () => {
    const file = publicFile();
    expect(refused({ ...file, extra: 1 })).toMatch(/the file: Unrecognized key.*extra/);
    expect(refused({ ...file, scheme: { ...file.scheme, bonus: '1' } })).toMatch(/scheme: Unrecognized key.*bonus/);
    expect(refused({ ...file, members: [{ ...file.members[0], hourz: 1 }] })).toMatch(/members\.0: Unrecognized key.*hourz/);
  });

  it('a kind, currency or rate that is not one', () => {
    const file = publicFile();
    expect(refused({ ...file, scheme: { ...file.scheme, kind: 'weekly' } })).toMatch(/scheme\.kind/);
    expect(refused({ ...file, currency: 'XXX' })).toMatch(/currency/);
    expect(refused({ ...file, scheme: { ...file.scheme, categories: { Auxiliar: 1.3 } } })).toMatch(/scheme\.categories\.Auxiliar/);
    expect(refused({ ...file, scheme: { ...file.scheme, maxRatio: '2,50' } })).toMatch(/scheme\.maxRatio: must be a number written as text/);
    expect(refused({ ...file, scheme: { ...file.scheme, paymentsPerYear: 13 } })).toMatch(/scheme\.paymentsPerYear/);
  });

  it('an amount with more decimals than the currency, hours that are not whole minutes', () => {
    const file = publicFile();
    expect(refused({ ...file, currency: 'CLP', scheme: { ...file.scheme, base: '4800.50' } })).toMatch(/scheme\.base: 4800\.50 has more decimals than CLP/);
    expect(refused({ ...file, scheme: { ...file.scheme, base: '4800.001' } })).toMatch(/scheme\.base: 4800\.001 has more decimals than ARS/);
    expect(simulateScenario({ ...file, currency: 'CLP' }).members[0]!.pay).toBe('1766400');
    expect(refused({ ...file, members: [{ ...file.members[0], hours: 7.51 }] })).toMatch(/members\.0\.hours: 7\.51 hours is not a whole number of minutes/);
    expect(simulateScenario({ ...file, members: [{ ...file.members[0], hours: 7.5 }] }).members[0]!.pay).toBe('82800.00');
  });

  it('a member listed twice, an hourly member without hours, a category the scheme lacks', () => {
    const file = publicFile();
    expect(refused({ ...file, members: [file.members[0], file.members[0]] })).toMatch(/members\.1\.id: "Ana" is listed twice/);
    expect(refused({ ...file, members: [{ id: 'X', category: 'Auxiliar' }] })).toMatch(/members\.0\.hours: is needed/);
    expect(refused({ ...file, members: [{ id: 'X', category: 'Gerencia', hours: 1 }] })).toMatch(/X: the scheme has no category "Gerencia"/);
    expect(refused({ ...file, members: [] })).toMatch(/members/);
    expect(refused([])).toMatch(/the file/);
  });
});
