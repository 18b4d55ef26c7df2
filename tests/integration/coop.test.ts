import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandle } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrator';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { statuteInForce } from '../../electron/services/coop';
import { openDatabaseSession } from '../../electron/services/core/session';
import { choicesOf, statuteDefaults, type StatuteChoices } from '../../shared/domain/statute';
import { createHostPlatform } from '../host/platform';
import { argentineCoop, useTempDir } from './helpers';
import { memberInput } from './members-session';

const tempDir = useTempDir();

/** A session whose clock the test sets: statute versions are dated by the office's calendar. */
async function open(today = '2025-06-15') {
  const dir = tempDir();
  const clock = { now: new Date(`${today}T12:00:00`) };
  const session = await openDatabaseSession({ path: join(dir, 'm.sqlite'), actor: 'tester', now: () => clock.now });
  const dispatch = createDispatcher(createHandlers({ session, platform: createHostPlatform(dir) }), { validateOutput: true });
  const audit = () => session.ctx().handle.prepare('SELECT action, actor FROM audit_log ORDER BY id').all();
  const versions = () => session.ctx().handle.prepare('SELECT effective_from AS effectiveFrom FROM statute_version ORDER BY id').all();
  const setToday = (date: string) => (clock.now = new Date(`${date}T12:00:00`));
  return { session, dispatch, audit, versions, setToday };
}

const arChoices = (): StatuteChoices => choicesOf(statuteDefaults('AR'));
const pct = (num: number) => ({ num, den: 100 });

describe('coop profile', () => {
  it('first run stores the profile with its legal framework’s statute defaults, audited', async () => {
    const { session, dispatch, audit, versions } = await open();
    expect(await dispatch('coop.get', {})).toEqual({ ok: true, value: null });
    const result = await dispatch('coop.setup', argentineCoop);
    expect(result).toMatchObject({
      ok: true,
      value: { ...argentineCoop, minorDigits: 2, taxId: null, registrationNumber: null, address: null, isDemo: false, statute: statuteDefaults('AR') },
    });
    expect(result).toMatchObject({ value: { statuteEffectiveFrom: '2025-06-15' } });
    expect(audit()).toEqual([
      { action: 'coop.statuteVersion', actor: 'tester' },
      { action: 'coop.setup', actor: 'tester' },
    ]);
    expect(versions()).toEqual([{ effectiveFrom: '2025-06-15' }]);
    expect(await dispatch('coop.setup', argentineCoop)).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALISED' } });
    session.close();
  });

  it('stores the currency’s ISO 4217 minor digits at setup, never Intl’s (money.md): CLP and PYG have none', async () => {
    for (const [currency, minorDigits] of [['CLP', 0], ['PYG', 0], ['UYU', 2]] as const) {
      const { session, dispatch } = await open();
      expect(await dispatch('coop.setup', { ...argentineCoop, currency })).toMatchObject({ ok: true, value: { currency, minorDigits } });
      session.close();
    }
  });

  it('keeps the identity the legal books print on every page: tax id, registration number, address (issue 6)', async () => {
    const { session, dispatch } = await open();
    const identity = { taxId: '30-71234567-8', registrationNumber: 'Matrícula INAES 12.345', address: 'Av. Corrientes 1234, CABA' };
    expect(await dispatch('coop.setup', { ...argentineCoop, ...identity })).toMatchObject({ ok: true, value: identity });
    // Not sent means unchanged; an empty field means "none".
    expect(await dispatch('coop.update', { ...argentineCoop, statute: arChoices() })).toMatchObject({ ok: true, value: identity });
    const cleared = await dispatch('coop.update', { ...argentineCoop, statute: arChoices(), address: '  ', taxId: ' 30-71234567-9 ' });
    expect(cleared).toMatchObject({ ok: true, value: { address: null, taxId: '30-71234567-9', registrationNumber: identity.registrationNumber } });
    session.close();
  });

  it('refuses a profile with a bad currency, locale, fiscal-year start or identity, writing nothing', async () => {
    const { session, dispatch, audit } = await open();
    for (const bad of [
      { ...argentineCoop, currency: 'pesos' },
      { ...argentineCoop, currency: 'JPY' },
      { ...argentineCoop, locale: 'fr' },
      { ...argentineCoop, fiscalYearStart: '02-30' },
      { ...argentineCoop, name: '   ' },
      { ...argentineCoop, framework: 'UY' },
      { ...argentineCoop, taxId: 'x'.repeat(41) },
      { ...argentineCoop, minorDigits: 3 },
    ]) {
      expect(await dispatch('coop.setup', bad)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(audit()).toEqual([]);
    session.close();
  });

  it('settings may raise a statutory fund but not lower it below the legal minimum (Ley 20.337 art. 42)', async () => {
    const { session, dispatch } = await open();
    await dispatch('coop.setup', argentineCoop);
    const statute = arChoices();
    statute.funds[2]!.percent = pct(10);
    const raised = await dispatch('coop.update', { ...argentineCoop, name: 'La Minga', statute });
    expect(raised).toMatchObject({ ok: true, value: { name: 'La Minga' } });
    statute.funds[0]!.percent = pct(3);
    const lowered = await dispatch('coop.update', { ...argentineCoop, statute });
    expect(lowered).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', key: 'coop:errors.FUND_BELOW_MINIMUM', params: { basis: 'Ley 20.337 art. 42 inc. 1' } },
    });
    expect(lowered).toMatchObject({ error: { issues: [{ path: 'statute.funds.legal_reserve' }] } });
    expect(await dispatch('coop.get', {})).toMatchObject({ ok: true, value: { name: 'La Minga' } });
    session.close();
  });

  it('the law comes from the framework, not the caller: a 0% reserve with a 0% minimum, a 9,000% fund, funds over 100%, a Brazilian framework with an Argentine statute are all refused (issue 5)', async () => {
    const { session, dispatch, audit } = await open();
    await dispatch('coop.setup', argentineCoop);
    const before = audit().length;

    const zeroMinimum = { ...arChoices(), funds: statuteDefaults('AR').funds.map((f) => ({ ...f, percent: pct(0), legalMinimum: pct(0) })) };
    expect(await dispatch('coop.update', { ...argentineCoop, statute: zeroMinimum })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    const huge = arChoices();
    huge.funds[0]!.percent = pct(9000);
    expect(await dispatch('coop.update', { ...argentineCoop, statute: huge })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'statute.funds.0.percent', message: 'coop:errors.SHARE_ABOVE_WHOLE' }] },
    });

    const overWhole = arChoices();
    overWhole.funds = overWhole.funds.map((f) => ({ ...f, percent: pct(40) }));
    expect(await dispatch('coop.update', { ...argentineCoop, statute: overWhole })).toMatchObject({
      ok: false,
      error: { key: 'coop:errors.FUNDS_ABOVE_WHOLE' },
    });

    const brazil = { ...argentineCoop, framework: 'BR', currency: 'BRL' } as const;
    expect(await dispatch('coop.update', { ...brazil, statute: arChoices() })).toMatchObject({
      ok: false,
      error: { key: 'coop:errors.STATUTE_FRAMEWORK_MISMATCH' },
    });
    expect(await dispatch('coop.update', { ...brazil, statute: { ...arChoices(), framework: 'BR' } })).toMatchObject({
      ok: false,
      error: { key: 'coop:errors.STATUTE_FRAMEWORK_MISMATCH', issues: [{ path: 'statute.funds' }] },
    });

    const legalBasisSent = { ...arChoices(), quorum: { ...arChoices().quorum, legalBasis: 'my own law' } };
    expect(await dispatch('coop.update', { ...argentineCoop, statute: legalBasisSent })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    expect(audit()).toHaveLength(before);
    expect(await dispatch('coop.get', {})).toMatchObject({ ok: true, value: { statute: statuteDefaults('AR') } });

    // Changing framework with that framework's own statute is fine.
    expect(await dispatch('coop.update', { ...brazil, statute: choicesOf(statuteDefaults('BR')) })).toMatchObject({
      ok: true,
      value: { framework: 'BR', statute: statuteDefaults('BR') },
    });
    session.close();
  });

  it('the currency may change only to one with the same minor digits: stored amounts are counted in them', async () => {
    const { session, dispatch } = await open();
    await dispatch('coop.setup', argentineCoop);
    expect(await dispatch('coop.update', { ...argentineCoop, currency: 'CLP', statute: arChoices() })).toMatchObject({
      ok: false,
      error: { key: 'coop:errors.CURRENCY_DIGITS_CHANGE', issues: [{ path: 'currency' }] },
    });
    expect(await dispatch('coop.update', { ...argentineCoop, currency: 'USD', statute: arChoices() })).toMatchObject({
      ok: true,
      value: { currency: 'USD', minorDigits: 2 },
    });
    session.close();
  });

  it('the members register works before the profile is filled in (a register carried over from paper comes first)', async () => {
    const { session, dispatch } = await open();
    const created = await dispatch('members.create', memberInput({ nationality: null, email: null }));
    expect(created).toMatchObject({ ok: true, value: { memberNumber: 1, status: 'applicant' } });
    session.close();
  });
});

describe('dated statute versions: a past year is computed with the statute in force then (issue 5)', () => {
  it('a changed statute is a new version from the date given; the older one still answers for earlier dates', async () => {
    const { session, dispatch, versions, audit } = await open('2025-06-15');
    await dispatch('coop.setup', argentineCoop);
    const reform = arChoices();
    reform.funds[2]!.percent = pct(8);
    const saved = await dispatch('coop.update', { ...argentineCoop, statute: reform, statuteEffectiveFrom: '2025-06-01' });
    // Effective before the first version's day is refused: the version kept since setup is never rewritten.
    expect(saved).toMatchObject({ ok: false, error: { key: 'coop:errors.STATUTE_DATE_BEFORE_LATEST', issues: [{ path: 'statuteEffectiveFrom' }] } });

    const later = await open('2026-03-10');
    await later.dispatch('coop.setup', argentineCoop);
    later.setToday('2027-01-20');
    const reformed = await later.dispatch('coop.update', { ...argentineCoop, statute: reform, statuteEffectiveFrom: '2027-01-01' });
    expect(reformed).toMatchObject({ ok: true, value: { statuteEffectiveFrom: '2027-01-01', statute: { funds: [{}, {}, { percent: pct(8) }] } } });
    expect(later.versions()).toEqual([{ effectiveFrom: '2026-03-10' }, { effectiveFrom: '2027-01-01' }]);

    const ctx = later.session.ctx();
    expect((await statuteInForce(ctx, '2026-12-31')).statute.funds[2]!.percent).toEqual(pct(5));
    expect((await statuteInForce(ctx, '2027-01-01')).statute.funds[2]!.percent).toEqual(pct(8));
    // Years before setup: nothing older is known, so the statute recorded at setup answers.
    expect((await statuteInForce(ctx, '2019-05-01')).effectiveFrom).toBe('2026-03-10');
    expect(await later.dispatch('coop.get', {})).toMatchObject({ ok: true, value: { statuteEffectiveFrom: '2027-01-01' } });
    later.session.close();
    expect(versions()).toHaveLength(1);
    expect(audit().map((a) => (a as { action: string }).action)).toEqual(['coop.statuteVersion', 'coop.setup']);
    session.close();
  });

  it('an unchanged statute adds no version; a future date is refused; the default is today', async () => {
    const { session, dispatch, versions } = await open('2025-06-15');
    await dispatch('coop.setup', argentineCoop);
    await dispatch('coop.update', { ...argentineCoop, name: 'Otro nombre', statute: arChoices(), statuteEffectiveFrom: '2025-06-15' });
    expect(versions()).toHaveLength(1);

    const reform = arChoices();
    reform.proxies = { allowed: true, maxPerMember: 1 };
    expect(await dispatch('coop.update', { ...argentineCoop, statute: reform, statuteEffectiveFrom: '2025-06-16' })).toMatchObject({
      ok: false,
      error: { key: 'coop:errors.STATUTE_DATE_IN_FUTURE' },
    });
    expect(await dispatch('coop.update', { ...argentineCoop, statute: reform })).toMatchObject({
      ok: true,
      value: { statuteEffectiveFrom: '2025-06-15', statute: { proxies: { allowed: true, maxPerMember: 1 } } },
    });
    // Two versions the same day: the later one written is in force.
    expect(versions()).toEqual([{ effectiveFrom: '2025-06-15' }, { effectiveFrom: '2025-06-15' }]);
    session.close();
  });

  it('the database itself refuses to change or delete a statute version (trigger)', async () => {
    const { session, dispatch } = await open();
    await dispatch('coop.setup', argentineCoop);
    const { handle } = session.ctx();
    expect(() => handle.prepare("UPDATE statute_version SET statute_json = '{}'").run()).toThrow(/never changed/);
    expect(() => handle.prepare("UPDATE statute_version SET effective_from = '2000-01-01'").run()).toThrow(/never changed/);
    expect(() => handle.prepare('DELETE FROM statute_version').run()).toThrow(/never deleted/);
    session.close();
  });

  it('migration 0003 keeps the statute of a version-2 database as its first version, under its framework', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const handle = openHandle(path);
    await migrate(handle, { targetVersion: 2 });
    const oldStatute = { ...statuteDefaults('ES') } as Record<string, unknown>;
    delete oldStatute.framework;
    handle
      .prepare(
        `INSERT INTO coop_profile (id, name, framework, currency, locale, fiscal_year_start, statute_json, is_demo, created_at, updated_at)
         VALUES (1, 'Vieja', 'ES', 'EUR', 'es', '01-01', ?, 0, '2020-02-03T10:00:00.000Z', '2021-04-05T10:00:00.000Z')`,
      )
      .run(JSON.stringify(oldStatute));
    await migrate(handle, { targetVersion: 3 });
    expect(handle.prepare('SELECT minor_digits, tax_id FROM coop_profile').get()).toEqual({ minor_digits: 2, tax_id: null });
    const version = handle.prepare('SELECT effective_from, statute_json FROM statute_version').get() as { effective_from: string; statute_json: string };
    expect(version.effective_from).toBe('2020-02-03');
    expect(JSON.parse(version.statute_json)).toEqual(statuteDefaults('ES'));
    handle.close();

    const session = await openDatabaseSession({ path, actor: 't' });
    expect(await statuteInForce(session.ctx(), '2024-01-01')).toEqual({ effectiveFrom: '2020-02-03', statute: statuteDefaults('ES') });
    session.close();
  });
});
