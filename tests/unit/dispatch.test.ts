import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/ipc/dispatch';
import { topics } from '../../shared/contract';
import { DomainError } from '../../shared/contract/errors';
import { RuleRefusal } from '../../shared/domain/rule-refusal';

/** Handlers for the few methods these tests call; the rest are never reached. */
function handlers(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides, {
    get: (target, key: string) => target[key as keyof Handlers] ?? (() => Promise.reject(new Error(`unexpected ${key}`))),
  }) as Handlers;
}

describe('dispatcher', () => {
  it('answers an unknown method with NOT_FOUND, without calling anything', async () => {
    const dispatch = createDispatcher(handlers({}));
    const result = await dispatch('members.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses bad input with BAD_INPUT and field-level issues before the handler runs', async () => {
    const get = vi.fn();
    const dispatch = createDispatcher(handlers({ 'members.get': get }));
    const result = await dispatch('members.get', { id: 'seven' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.issues?.[0]?.path).toBe('id');
    expect(result.error.message).toMatch(/id/);
    expect(get).not.toHaveBeenCalled();
    expect(await dispatch('members.get', { id: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch('members.get', undefined)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('passes a domain refusal through as its own typed code', async () => {
    const dispatch = createDispatcher(
      handlers({
        'members.get': () => {
          throw new DomainError('INVALID_TRANSITION', 'no', { key: 'members:errors.transition.not_allowed', params: { from: 'resigned' } });
        },
      }),
    );
    expect(await dispatch('members.get', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'no', key: 'members:errors.transition.not_allowed', params: { from: 'resigned' } },
    });
  });

  it('reports a pure rule\'s refusal (shared/domain cannot import the contract) as BAD_INPUT with its key', async () => {
    const dispatch = createDispatcher(
      handlers({
        'members.get': () => {
          throw new RuleRefusal('surplus:errors.FUND_MISSING', 'no fund', { fund: 'Reserva legal' });
        },
      }),
    );
    expect(await dispatch('members.get', { id: 1 })).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'no fund', key: 'surplus:errors.FUND_MISSING', params: { fund: 'Reserva legal' } },
    });
  });

  it('turns an unexpected failure into INTERNAL without its stack, and logs it', async () => {
    const log = vi.fn();
    const dispatch = createDispatcher(handlers({ 'coop.get': () => Promise.reject(new Error('disk on fire at /secret/path')) }), {
      onInternalError: log,
    });
    const result = await dispatch('coop.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/secret|fire/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('announces the topics a successful write changed, and nothing for reads or refusals', async () => {
    const changed = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'coop.get': async () => null,
        'members.remove': async () => ({ removed: true as const }),
      }),
      { onChanged: changed },
    );
    await dispatch('coop.get', {});
    await dispatch('members.remove', { id: 'x' });
    expect(changed).not.toHaveBeenCalled();
    await dispatch('members.remove', { id: 3 });
    expect(changed).toHaveBeenCalledWith({ topics: ['members', 'audit'] });
  });

  it('announces every topic after a restore: the whole file was swapped', async () => {
    const changed = vi.fn();
    const dispatch = createDispatcher(
      handlers({ 'backups.restore': async () => ({ restoredFrom: '/b/x.minga', keptAs: '/b/y.minga' }) }),
      { onChanged: changed },
    );
    await dispatch('backups.restore', { backup: 'x.minga' });
    expect(changed).toHaveBeenCalledWith({ topics: [...topics] });
  });

  it('runs writes one at a time, in arrival order', async () => {
    const order: string[] = [];
    const dispatch = createDispatcher(
      handlers({
        'members.remove': async ({ id }) => {
          order.push(`start ${id}`);
          await new Promise((r) => setTimeout(r, id === 1 ? 20 : 0));
          order.push(`end ${id}`);
          return { removed: true as const };
        },
      }),
    );
    await Promise.all([dispatch('members.remove', { id: 1 }), dispatch('members.remove', { id: 2 })]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('lets a read through while a slow call is in progress (printing reads while printBook waits)', async () => {
    let release: () => void = () => undefined;
    const dispatch = createDispatcher(
      handlers({
        'members.remove': () => new Promise((resolve) => (release = () => resolve({ removed: true as const }))),
        'coop.get': async () => null,
      }),
    );
    const slow = dispatch('members.remove', { id: 1 });
    expect(await dispatch('coop.get', {})).toEqual({ ok: true, value: null });
    release();
    expect(await slow).toMatchObject({ ok: true });
  });
});
