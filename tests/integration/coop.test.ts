import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { openDatabaseSession } from '../../electron/services/core/session';
import { createHostPlatform } from '../host/platform';
import { statuteDefaults } from '../../shared/domain/statute';
import { argentineCoop, useTempDir } from './helpers';
import { memberInput } from './members-session';

const tempDir = useTempDir();

async function open() {
  const dir = tempDir();
  const session = await openDatabaseSession({ path: join(dir, 'm.sqlite'), actor: 'tester' });
  const dispatch = createDispatcher(createHandlers({ session, platform: createHostPlatform(dir) }), { validateOutput: true });
  const audit = () => session.ctx().handle.prepare('SELECT action, actor FROM audit_log ORDER BY id').all();
  return { session, dispatch, audit };
}

describe('coop profile', () => {
  it('first run stores the profile with its legal framework’s statute defaults, audited', async () => {
    const { session, dispatch, audit } = await open();
    expect(await dispatch('coop.get', {})).toEqual({ ok: true, value: null });
    const result = await dispatch('coop.setup', argentineCoop);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ ...argentineCoop, isDemo: false, statute: statuteDefaults('AR') });
    expect(audit()).toEqual([{ action: 'coop.setup', actor: 'tester' }]);
    expect(await dispatch('coop.setup', argentineCoop)).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALISED' } });
    session.close();
  });

  it('refuses a profile with a bad currency, locale or fiscal-year start, writing nothing', async () => {
    const { session, dispatch, audit } = await open();
    for (const bad of [
      { ...argentineCoop, currency: 'pesos' },
      { ...argentineCoop, locale: 'fr' },
      { ...argentineCoop, fiscalYearStart: '02-30' },
      { ...argentineCoop, name: '   ' },
      { ...argentineCoop, framework: 'UY' },
    ]) {
      expect(await dispatch('coop.setup', bad)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(audit()).toEqual([]);
    session.close();
  });

  it('settings may raise a statutory fund but not lower it below the legal minimum (Ley 20.337 art. 42)', async () => {
    const { session, dispatch } = await open();
    await dispatch('coop.setup', argentineCoop);
    const statute = statuteDefaults('AR');
    statute.funds[2]!.percent = { num: 10, den: 100 };
    const raised = await dispatch('coop.update', { ...argentineCoop, name: 'La Minga', statute });
    expect(raised).toMatchObject({ ok: true, value: { name: 'La Minga' } });
    statute.funds[0]!.percent = { num: 3, den: 100 };
    const lowered = await dispatch('coop.update', { ...argentineCoop, statute });
    expect(lowered).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', key: 'errors.FUND_BELOW_MINIMUM' } });
    expect(await dispatch('coop.get', {})).toMatchObject({ ok: true, value: { name: 'La Minga' } });
    session.close();
  });

  it('the members register works before the profile is filled in (a register carried over from paper comes first)', async () => {
    const { session, dispatch } = await open();
    const created = await dispatch('members.create', memberInput({ nationality: null, email: null }));
    expect(created).toMatchObject({ ok: true, value: { memberNumber: 1, status: 'applicant' } });
    session.close();
  });
});
