import { describe, expect, it } from 'vitest';
import {
  choicesOf,
  legalFrameworks,
  legalRules,
  statuteChoices,
  statuteDefaults,
  statuteFromChoices,
  statuteParameters,
  statuteProblems,
} from '../../shared/domain/statute';

const pct = (num: number) => ({ num, den: 100 });
const codes = (framework: Parameters<typeof statuteProblems>[0], choices: ReturnType<typeof choicesOf>) =>
  statuteProblems(framework, choices).map((p) => `${p.code} ${p.path}`);

describe('statute parameters', () => {
  it.each(legalFrameworks)('the %s defaults are valid parameters that break none of their own law', (framework) => {
    const params = statuteDefaults(framework);
    expect(statuteParameters.parse(params)).toEqual(params);
    expect(params.framework).toBe(framework);
    expect(statuteProblems(framework, choicesOf(params))).toEqual([]);
    expect(statuteFromChoices(choicesOf(params))).toEqual(params);
  });

  it('Argentina: 5% reserva legal, 5% acción asistencial, 5% educación (Ley 20.337 art. 42)', () => {
    expect(statuteDefaults('AR').funds.map((f) => [f.key, f.percent])).toEqual([
      ['legal_reserve', pct(5)],
      ['assistance', pct(5)],
      ['education', pct(5)],
    ]);
  });

  it('Spain: FRO 20% and FEP 5%; a proxy may represent at most two members (Ley 27/1999 arts. 58, 27)', () => {
    const es = statuteDefaults('ES');
    expect(es.funds.map((f) => f.percent)).toEqual([pct(20), pct(5)]);
    expect(es.proxies).toEqual({ allowed: true, maxPerMember: 2 });
  });

  it('Brazil: 2/3 quorum at first call; Fundo de Reserva 10% and FATES 5% (Lei 5.764/71 arts. 28, 40)', () => {
    const br = statuteDefaults('BR');
    expect(br.quorum.firstCall).toEqual({ num: 2, den: 3 });
    expect(br.funds.map((f) => f.percent)).toEqual([pct(10), pct(5)]);
  });

  it('Argentina: abstainers count as absent in ordinary resolutions (Ley 20.337 art. 53)', () => {
    expect(statuteDefaults('AR').ordinaryMajority.abstentions).toBe('absent');
  });

  it('each call returns a fresh copy, so editing one profile never changes the presets', () => {
    statuteDefaults('AR').funds.pop();
    expect(statuteDefaults('AR').funds).toHaveLength(3);
  });
});

describe('the law comes from the framework, never from the caller (issue 5)', () => {
  it('a statute may raise a fund but not lower it below the legal minimum (Ley 20.337 art. 42 inc. 1)', () => {
    const ar = choicesOf(statuteDefaults('AR'));
    ar.funds[0]!.percent = { num: 499, den: 10_000 };
    ar.funds[1]!.percent = pct(7);
    expect(statuteProblems('AR', ar)).toEqual([
      { code: 'FUND_BELOW_MINIMUM', path: 'statute.funds.legal_reserve', params: { basis: 'Ley 20.337 art. 42 inc. 1' } },
    ]);
  });

  it('the choices carry no minimum or legal basis: sending them is refused by the schema', () => {
    const sent = { ...choicesOf(statuteDefaults('AR')), funds: statuteDefaults('AR').funds.map((f) => ({ ...f, legalMinimum: pct(0) })) };
    expect(statuteChoices.safeParse(sent).success).toBe(false);
  });

  it('a fund above 100% (the 9,000% fund) is refused by the schema', () => {
    const ar = choicesOf(statuteDefaults('AR'));
    ar.funds[0]!.percent = pct(9000);
    const parsed = statuteChoices.safeParse(ar);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['funds', 0, 'percent'], message: 'coop:errors.SHARE_ABOVE_WHOLE' });
  });

  it('funds that together take more than 100% of the surplus are refused (FUNDS_ABOVE_WHOLE)', () => {
    const es = choicesOf(statuteDefaults('ES'));
    es.funds[0]!.percent = pct(60);
    es.funds[1]!.percent = pct(41);
    expect(codes('ES', es)).toEqual(['FUNDS_ABOVE_WHOLE statute.funds']);
    es.funds[1]!.percent = pct(40);
    expect(codes('ES', es)).toEqual([]);
  });

  it('a Brazilian framework with an Argentine statute is refused (STATUTE_FRAMEWORK_MISMATCH)', () => {
    expect(codes('BR', choicesOf(statuteDefaults('AR')))).toEqual(['STATUTE_FRAMEWORK_MISMATCH statute.framework']);
    // Relabelled as Brazilian, its funds are still Argentina's.
    const relabelled = { ...choicesOf(statuteDefaults('AR')), framework: 'BR' as const };
    expect(codes('BR', relabelled)).toEqual(['STATUTE_FRAMEWORK_MISMATCH statute.funds']);
    const dropped = choicesOf(statuteDefaults('AR'));
    dropped.funds.pop();
    expect(codes('AR', dropped)).toEqual(['STATUTE_FRAMEWORK_MISMATCH statute.funds']);
  });

  it('Spain: at least half of the result with non-members goes to the FRO', () => {
    const es = choicesOf(statuteDefaults('ES'));
    es.nonMemberResult.percent = pct(40);
    expect(statuteProblems('ES', es)).toEqual([
      { code: 'NON_MEMBER_BELOW_MINIMUM', path: 'statute.nonMemberResult.percent', params: { basis: 'Ley 27/1999 art. 57.3', minimum: '50%' } },
    ]);
    es.nonMemberResult.percent = pct(70);
    expect(statuteProblems('ES', es)).toEqual([]);
  });

  it('Brazil: interest on capital at most 12% a year (Lei 5.764/71 art. 24 §3), with no cap meaning the legal one is exceeded', () => {
    const br = choicesOf(statuteDefaults('BR'));
    br.interestOnCapital.maxAnnualRate = pct(13);
    expect(codes('BR', br)).toEqual(['INTEREST_ABOVE_LEGAL_MAXIMUM statute.interestOnCapital.maxAnnualRate']);
    br.interestOnCapital.maxAnnualRate = null;
    expect(codes('BR', br)).toHaveLength(1);
    br.interestOnCapital.allowed = false;
    expect(codes('BR', br)).toEqual([]);
  });

  it('the whole statute takes names, minimums and legal bases from the law, whatever was chosen', () => {
    const chosen = choicesOf(statuteDefaults('AR'));
    chosen.funds[2]!.percent = pct(10);
    const statute = statuteFromChoices(chosen);
    expect(statute.funds[2]).toEqual({ ...legalRules('AR').funds[2], percent: pct(10) });
    expect(statute.quorum.legalBasis).toBe('Ley 20.337 art. 49');
  });
});
