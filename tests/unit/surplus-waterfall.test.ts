/**
 * The waterfall of rules/surplus.md, through its file form: the public Argentine example to the cent, the
 * legal refusals (each citing its article), the order of Spain's non-member half and Brazil's funds after
 * interest, the interest cap, and loss years.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleRefusal } from '../../shared/domain/rule-refusal';
import { simulateScenario, type ScenarioAnswer } from '../../shared/domain/surplus';

const examples = join(__dirname, '..', '..', 'docs', 'examples', 'surplus');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit the example files' JSON freely
const load = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8')) as Record<string, any>;
const publicExample = () => load('ar-public-example.json');
const step = (answer: ScenarioAnswer, name: string) => answer.steps.find((s) => s.name === name)?.amount;

function refusal(file: unknown): RuleRefusal {
  try {
    simulateScenario(file);
  } catch (error) {
    if (error instanceof RuleRefusal) return error;
    throw error;
  }
  throw new Error('the scenario was not refused');
}

describe('the public Argentine example (Ley 20.337 art. 42; rules/surplus.md)', () => {
  const answer = simulateScenario(publicExample());

  it('art. 42: the non-member result to the special reserve, prior losses first, 5% to each of the three funds', () => {
    expect(step(answer, 'special reserve')).toBe('150000.00');
    expect(step(answer, 'prior losses compensated')).toBe('100000.00');
    expect(step(answer, 'distributable surplus')).toBe('1000000.00');
    expect(['reserva legal', 'acción asistencial', 'educación'].map((n) => step(answer, n))).toEqual(['50000.00', '50000.00', '50000.00']);
    expect(answer.steps.find((s) => s.name === 'reserva legal')?.basis).toBe('Ley 20.337 art. 42 inc. 1');
  });

  it('art. 42 inc. 4: 20% interest on capital paid in, 110,000.00 in all; the pool is the residual 740,000.00', () => {
    expect(answer.members.map((m) => m.interest)).toEqual(['40000.00', '40000.00', '20000.00', '10000.00', '0.00']);
    expect(step(answer, 'interest on capital')).toBe('110000.00');
    expect(step(answer, 'returns pool')).toBe('740000.00');
  });

  it('returns by hours worked, largest remainder (C and E take the two cents), 60% cash half-up, the rest capitalised', () => {
    expect(answer.members.map((m) => [m.id, m.return, m.cash, m.capitalised])).toEqual([
      ['A', '229655.17', '137793.10', '91862.07'],
      ['B', '223275.86', '133965.52', '89310.34'],
      ['C', '153103.45', '91862.07', '61241.38'],
      ['D', '81655.17', '48993.10', '32662.07'],
      ['E', '52310.35', '31386.21', '20924.14'],
    ]);
  });

  it('the invariant: the parts add up to the total result, 1,250,000.00, to the cent', () => {
    expect(answer.check).toEqual({ parts: '1250000.00', result: '1250000.00', equal: true });
  });
});

describe('refusals cite the article', () => {
  it('Ley 20.337 art. 42 inc. 1: a reserva legal of 4% is below the 5% minimum', () => {
    const file = publicExample();
    file.policy.steps[0].funds[0].percent = '4';
    const error = refusal(file);
    expect(error.key).toBe('surplus:errors.FUND_BELOW_MINIMUM');
    expect(error.message).toContain('Ley 20.337 art. 42 inc. 1');
  });

  it('Ley 20.337 art. 42 inc. 3: a policy without the education fund is refused', () => {
    const file = publicExample();
    file.policy.steps[0].funds.pop();
    expect(refusal(file).key).toBe('surplus:errors.FUND_MISSING');
  });

  it('Ley 20.337 art. 42 inc. 4: interest above the cap (one point over Banco Nación\'s rate) is refused', () => {
    const file = publicExample();
    file.policy.steps[1].rate = '39.5';
    expect(refusal(file).key).toBe('surplus:errors.INTEREST_ABOVE_CAP');
  });

  it('Ley 20.337 art. 42: all of the non-member result goes to the special reserve', () => {
    const file = publicExample();
    file.policy.nonMembers.percent = '90';
    expect(refusal(file).params).toMatchObject({ minimum: '100%', basis: 'Ley 20.337 art. 42' });
  });

  it('Lei 5.764/71 art. 24 §3: interest above 12% a year is refused in Brazil whatever the cap says', () => {
    const file = load('br-example.json');
    file.policy.steps[0].rate = '13';
    file.policy.steps[0].cap = '20';
    expect(refusal(file).key).toBe('surplus:errors.INTEREST_ABOVE_LAW');
  });

  it('IRC §1388(c): a US cash share below 20% is refused for a qualified notice', () => {
    const file = load('us-example.json');
    file.policy.returns.cashPercent = '15';
    expect(refusal(file).message).toContain('IRC §1388(c)(1)(B)');
  });

  it('a misspelt key is refused with its path, never defaulted', () => {
    const file = publicExample();
    file.policy.returns.cashPercentage = '60';
    const error = refusal(file);
    expect(error.key).toBe('surplus:errors.SCENARIO_INVALID');
    expect(error.message).toContain('policy.returns');
  });
});

describe('the other presets', () => {
  it('Ley 27/1999 arts. 57-58: Spain sends half the non-member result to the FRO; the other half joins what the funds leave', () => {
    const answer = simulateScenario(load('es-example.json'));
    expect(answer.check.equal).toBe(true);
    expect(step(answer, 'Fondo de Reserva Obligatorio (no socios)')).toBe('50000.00');
    const pool = Number(step(answer, 'returns pool'));
    const funds = Number(step(answer, 'Fondo de Reserva Obligatorio')) + Number(step(answer, 'Fondo de Educación y Promoción'));
    expect(pool).toBeCloseTo(900000 - funds - Number(step(answer, 'interest on capital')) + 50000, 2);
  });

  it('Lei 5.764/71 art. 28: Brazil pays interest first, then the funds from the sobras líquidas that remain', () => {
    const answer = simulateScenario(load('br-example.json'));
    const interest = Number(step(answer, 'interest on capital'));
    expect(Number(step(answer, 'Fundo de Reserva'))).toBeCloseTo((500000 - interest) * 0.1, 2);
    expect(answer.check.equal).toBe(true);
  });

  it('IRC Subchapter T: the US example pays at least 20% cash and balances', () => {
    const answer = simulateScenario(load('us-example.json'));
    expect(answer.check.equal).toBe(true);
    for (const m of answer.members) expect(Number(m.cash)).toBeGreaterThanOrEqual(Number(m.return) * 0.2 - 0.005);
  });
});

describe('interest when what remains cannot pay it (rules/surplus.md step 5)', () => {
  it('splits what remains by capital with the largest remainder, and leaves a zero pool', () => {
    const file = publicExample();
    file.result = { members: '170000.01', nonMembers: '0.00', priorLosses: '0.00', tax: '0.00' };
    file.policy.steps[1].rate = '39';
    const answer = simulateScenario(file);
    // 15% of funds leave 144,500.01 (half-up per fund); the 214,500.00 due is cut to that, split 4:4:2:1:0.
    expect(step(answer, 'interest on capital')).toBe('144500.01');
    expect(answer.members.map((m) => m.interest)).toEqual(['52545.46', '52545.46', '26272.73', '13136.36', '0.00']);
    expect(step(answer, 'returns pool')).toBe('0.00');
    expect(answer.check.equal).toBe(true);
  });

  it('prorates by days held when the policy says so', () => {
    const file = publicExample();
    file.policy.steps[1].prorateByDays = true;
    file.members[0].daysHeld = 73;
    expect(simulateScenario(file).members[0]!.interest).toBe('8000.00');
  });
});

describe('loss years (rules/surplus.md: reserves absorb in order, never below zero; the rest charged by the weights)', () => {
  it('the reserve absorbs up to its balance; members are charged the rest by hours; parts add up to the loss', () => {
    const file = publicExample();
    file.result = { members: '-300000.00', nonMembers: '0.00', priorLosses: '0.00', tax: '0.00' };
    file.policy.loss.reserves = [{ name: 'reserva legal', balance: '120000.00', percent: '100' }];
    const answer = simulateScenario(file);
    expect(step(answer, 'reserva legal')).toBe('-120000.00');
    expect(step(answer, 'charged to members')).toBe('-180000.00');
    expect(answer.members.reduce((a, m) => a + Number(m.return), 0)).toBeCloseTo(-180000, 2);
    expect(answer.members.every((m) => m.cash === '0.00')).toBe(true);
    expect(answer.check).toEqual({ parts: '-300000.00', result: '-300000.00', equal: true });
  });
});
