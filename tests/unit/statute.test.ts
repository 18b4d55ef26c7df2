import { describe, expect, it } from 'vitest';
import { fundsBelowMinimum, legalFrameworks, statuteDefaults, statuteParameters } from '../../shared/domain/statute';

describe('statute parameters', () => {
  it.each(legalFrameworks)('the %s defaults are valid parameters with no fund below its legal minimum', (framework) => {
    const params = statuteDefaults(framework);
    expect(statuteParameters.parse(params)).toEqual(params);
    expect(fundsBelowMinimum(params)).toEqual([]);
  });

  it('Argentina: 5% reserva legal, 5% acción asistencial, 5% educación (Ley 20.337 art. 42)', () => {
    expect(statuteDefaults('AR').funds.map((f) => [f.key, f.percent])).toEqual([
      ['legal_reserve', { num: 5, den: 100 }],
      ['assistance', { num: 5, den: 100 }],
      ['education', { num: 5, den: 100 }],
    ]);
  });

  it('Spain: FRO 20% and FEP 5%; a proxy may represent at most two members (Ley 27/1999 arts. 58, 27)', () => {
    const es = statuteDefaults('ES');
    expect(es.funds.map((f) => f.percent)).toEqual([{ num: 20, den: 100 }, { num: 5, den: 100 }]);
    expect(es.proxies).toEqual({ allowed: true, maxPerMember: 2 });
  });

  it('Brazil: 2/3 quorum at first call; Fundo de Reserva 10% and FATES 5% (Lei 5.764/71 arts. 28, 40)', () => {
    const br = statuteDefaults('BR');
    expect(br.quorum.firstCall).toEqual({ num: 2, den: 3 });
    expect(br.funds.map((f) => f.percent)).toEqual([{ num: 10, den: 100 }, { num: 5, den: 100 }]);
  });

  it('Argentina: abstainers count as absent in ordinary resolutions (Ley 20.337 art. 53)', () => {
    expect(statuteDefaults('AR').ordinaryMajority.abstentions).toBe('absent');
  });

  it('a statute may raise a fund but not lower it below the legal minimum', () => {
    const ar = statuteDefaults('AR');
    ar.funds[0]!.percent = { num: 499, den: 10000 };
    ar.funds[1]!.percent = { num: 7, den: 100 };
    expect(fundsBelowMinimum(ar)).toEqual([{ key: 'legal_reserve', legalBasis: 'Ley 20.337 art. 42 inc. 1' }]);
  });

  it('each call returns a fresh copy, so editing one profile never changes the presets', () => {
    statuteDefaults('AR').funds.pop();
    expect(statuteDefaults('AR').funds).toHaveLength(3);
  });
});
