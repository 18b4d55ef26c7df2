import { describe, expect, it } from 'vitest';
import { bodyLimitFor, requestRefusal, SMALL_BODY_LIMIT } from '../../tests/host/guard';

const own = 'http://127.0.0.1:5180';

describe('the loopback host refuses foreign hosts and origins on every route, and oversized bodies (issue 5, security)', () => {
  it.each<[string, Record<string, string>, number, 403 | 413 | null]>([
    ['its own host, no origin (a top-level GET)', { host: '127.0.0.1:5180' }, SMALL_BODY_LIMIT, null],
    ['its own host and origin', { host: '127.0.0.1:5180', origin: own }, SMALL_BODY_LIMIT, null],
    ['a rebinding name for the same address', { host: 'evil.example:5180' }, SMALL_BODY_LIMIT, 403],
    ['localhost instead of the address it serves', { host: 'localhost:5180' }, SMALL_BODY_LIMIT, 403],
    ['another port', { host: '127.0.0.1:5181' }, SMALL_BODY_LIMIT, 403],
    ['no Host header at all', {}, SMALL_BODY_LIMIT, 403],
    ['a foreign origin', { host: '127.0.0.1:5180', origin: 'https://evil.example' }, SMALL_BODY_LIMIT, 403],
    ['the null origin of a sandboxed page', { host: '127.0.0.1:5180', origin: 'null' }, SMALL_BODY_LIMIT, 403],
    ['a body over the limit', { host: '127.0.0.1:5180', 'content-length': String(SMALL_BODY_LIMIT + 1) }, SMALL_BODY_LIMIT, 413],
    ['a body at the limit', { host: '127.0.0.1:5180', 'content-length': String(SMALL_BODY_LIMIT) }, SMALL_BODY_LIMIT, null],
  ])('%s', (_name, headers, limit, expected) => {
    expect(requestRefusal(headers, own, limit)).toBe(expected);
  });

  it('gives 1 MiB to every call and room for the largest file to the imports that carry one', () => {
    expect(bodyLimitFor('members.list')).toBe(SMALL_BODY_LIMIT);
    expect(bodyLimitFor('no.such.method')).toBe(SMALL_BODY_LIMIT);
    expect(bodyLimitFor('members.importPreview')).toBe(SMALL_BODY_LIMIT + 80_000_000);
    expect(bodyLimitFor('members.importCommit')).toBe(SMALL_BODY_LIMIT + 80_000_000);
  });
});
