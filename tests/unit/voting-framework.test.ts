/** Who may vote, the agenda lock, notice, proxies, secrecy, and the rules and results in words. */
import { describe, expect, it } from 'vitest';
import { locales } from '../../shared/contract/coop';
import { translate } from '../../shared/i18n/catalogue';
import { legalFrameworks, statuteDefaults } from '../../shared/domain/statute';
import {
  abstentionKinds,
  agendaExceptions,
  barredFromVote,
  describeResult,
  describeRule,
  evaluateVote,
  noticeDays,
  proxyCap,
  ruleOf,
  secrecyWarning,
  voteBaseKinds,
  type Tally,
} from '../../shared/domain/voting';

const council = { council: true, auditor: false };
const auditor = { council: false, auditor: true };
const member = { council: false, auditor: false };
const english = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const tally = (yes: number, no: number, abstain = 0): Tally => ({ entitled: 40, present: 30, yes, no, abstain, blank: 0, invalid: 0 });

describe('members barred from a vote', () => {
  it('Ley 20.337 art. 54: council members and auditors may not vote on the accounts or their own management', () => {
    expect(barredFromVote('AR', 'accounts', council, 30)).toEqual({ barred: true, basis: 'Ley 20.337 art. 54' });
    expect(barredFromVote('AR', 'management', auditor, 30)).toMatchObject({ barred: true });
    expect(barredFromVote('AR', 'other', council, 30)).toBeNull();
    expect(barredFromVote('AR', 'accounts', member, 30)).toBeNull();
  });
  it('Argentina lifts the bar in a coop of five members or fewer, and still names the rule', () => {
    expect(barredFromVote('AR', 'accounts', council, 5)).toMatchObject({ barred: false, basis: expect.stringContaining('Ley 20.337 art. 54') });
    expect(barredFromVote('AR', 'accounts', council, 6)).toMatchObject({ barred: true });
  });
  it('Lei 5.764/71 art. 44 §1: officers and the fiscal council do not vote on the accounts, whatever the size', () => {
    expect(barredFromVote('BR', 'accounts', council, 5)).toEqual({ barred: true, basis: 'Lei 5.764/71 art. 44 §1' });
  });
  it('Spain and US bylaws bar no one here', () => {
    expect(barredFromVote('ES', 'accounts', council, 30)).toBeNull();
    expect(barredFromVote('US', 'accounts', council, 30)).toBeNull();
  });
});

describe('agenda lock, notice and proxies', () => {
  it('Ley 20.337 art. 52: only electing the members who sign the minutes may be voted off the agenda', () => {
    expect(agendaExceptions('AR')).toEqual(['elect-signatories']);
  });
  it('Ley 27/1999 art. 28.4: a new assembly, an audit, extending the session, action against officers', () => {
    expect(agendaExceptions('ES')).toEqual(['call-new-assembly', 'audit', 'extend-session', 'action-against-officers']);
    expect(agendaExceptions('BR')).toEqual([]);
  });
  it('notice: Argentina 15 days (art. 48), Brazil 10 (art. 38 §1), Spain 15 (art. 24); US 10 and custom 15 by default', () => {
    expect(Object.fromEntries(legalFrameworks.map((f) => [f, noticeDays(f)]))).toEqual({ AR: 15, BR: 10, ES: 15, US: 10, custom: 15 });
  });
  it('proxies: forbidden in Argentina and Brazil (0), at most two a member in Spain (Ley 27/1999 art. 27)', () => {
    expect(proxyCap(statuteDefaults('AR'))).toBe(0);
    expect(proxyCap(statuteDefaults('BR'))).toBe(0);
    expect(proxyCap(statuteDefaults('ES'))).toBe(2);
    expect(proxyCap({ ...statuteDefaults('ES'), proxies: { allowed: false, maxPerMember: 2 } })).toBe(0);
  });
});

describe('secret ballots whose secrecy is illusory', () => {
  it('fewer than five voters', () => {
    expect(secrecyWarning(4, tally(2, 2))).toBe('small-electorate');
    expect(secrecyWarning(5, tally(3, 2))).toBeNull();
  });
  it('every ballot alike tells each voter\'s choice, at any size', () => {
    expect(secrecyWarning(200, tally(150, 0))).toBe('lopsided');
  });
  it('a lone dissenter among at most twelve ballots stands out; among thirteen, not flagged', () => {
    expect(secrecyWarning(20, tally(11, 1))).toBe('lopsided');
    expect(secrecyWarning(20, tally(12, 1))).toBeNull();
    expect(secrecyWarning(20, tally(0, 0))).toBeNull();
  });
});

describe('rules and results in words, in es, pt-BR and en', () => {
  it('the brief\'s example: more than 1/2 of votes cast; abstentions count as absent', () => {
    expect(describeRule({ threshold: { num: 1, den: 2 }, strict: true, base: 'cast', abstentions: 'absent' }, english)).toBe(
      'more than 1/2 of votes cast; abstentions count as absent',
    );
    expect(describeRule(ruleOf(statuteDefaults('AR'), 'unanimity').rule, english)).toBe('unanimity of members present; abstentions count as votes against');
  });

  it('every base and abstention reading has words in every language', () => {
    for (const locale of locales) {
      const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
      for (const base of voteBaseKinds) {
        for (const abstentions of abstentionKinds) {
          for (const strict of [true, false]) {
            const words = describeRule({ threshold: { num: 2, den: 3 }, strict, base, abstentions }, t);
            expect(words).not.toMatch(/voting:|{{/);
            expect(words).toContain('2/3');
          }
        }
      }
    }
  });

  it('the result names its tally, rule and basis: "Approved: 20 of 30 counted ≥ 2/3 — Ley 20.337 art. 53"', () => {
    const { rule, basis } = ruleOf(statuteDefaults('AR'), 'qualified');
    const approved = evaluateVote(rule, { entitled: 30, present: 30, yes: 20, no: 10, abstain: 0, blank: 0, invalid: 0 }, basis);
    expect(describeResult(approved, 20, english)).toBe('Approved: 20 of 30 counted ≥ 2/3 — Ley 20.337 art. 53');
    const rejected = evaluateVote(rule, { entitled: 30, present: 30, yes: 19, no: 10, abstain: 1, blank: 0, invalid: 0 }, basis);
    expect(describeResult(rejected, 19, (k, p) => translate('es', k, p))).toBe('Rechazada: 19 de 29 computados < 2/3 — Ley 20.337 art. 53');
    expect(describeResult(approved, 20, (k, p) => translate('pt-BR', k, p))).toBe('Aprovada: 20 de 30 computados ≥ 2/3 — Ley 20.337 art. 53');
  });
});
