import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/ipc/dispatch';
import { internalErrorReport } from '../../electron/ipc/internal-error';

describe('INTERNAL errors: the person reads a sentence, the log gets the stack (issue 5, layout: logger)', () => {
  it('reports the method, the error and its stack', () => {
    const error = new TypeError('cannot read properties of undefined');
    const report = internalErrorReport('members.create', error);
    expect(report.split('\n')[0]).toBe('INTERNAL error in members.create: TypeError: cannot read properties of undefined');
    expect(report).toContain(error.stack!.split('\n')[1]!);
  });

  it('follows the causes, a few deep, and stops on a cycle', () => {
    const root = new Error('disk I/O error');
    const wrapped = new Error('could not save the member', { cause: root });
    expect(internalErrorReport('members.update', wrapped)).toMatch(/could not save the member[\s\S]*Caused by: Error: disk I\/O error/);
    const looped = new Error('a');
    (looped as { cause?: unknown }).cause = looped;
    expect(internalErrorReport('x', looped).split('Caused by:')).toHaveLength(6);
  });

  it('describes what is thrown when it is not an Error', () => {
    expect(internalErrorReport('coop.get', { reason: 'odd' })).toBe('INTERNAL error in coop.get: a thrown object: {"reason":"odd"}');
    expect(internalErrorReport('coop.get', undefined)).toBe('INTERNAL error in coop.get: a thrown undefined: undefined');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(internalErrorReport('coop.get', circular)).toBe('INTERNAL error in coop.get: a thrown object: [object Object]');
  });

  it('the caller gets the sentence and no stack; the log hook gets the error itself', async () => {
    const logged: string[] = [];
    const failure = new RangeError('index out of range at row 7');
    const dispatch = createDispatcher({ 'coop.get': () => Promise.reject(failure) } as unknown as Handlers, {
      onInternalError: (method, error) => logged.push(internalErrorReport(method, error)),
    });
    const result = await dispatch('coop.get', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Minga; nothing was changed.', key: 'errors.INTERNAL' },
    });
    expect(JSON.stringify(result)).not.toContain('row 7');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('RangeError: index out of range at row 7');
    expect(logged[0]).toContain(failure.stack!.split('\n')[1]!);
  });
});
