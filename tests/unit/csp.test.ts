import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
}

describe('content security policy', () => {
  const policy = contentSecurityPolicy();
  const parsed = directives(policy);

  it('never allows inline code or eval', () => {
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-hashes');
    expect(policy).not.toContain('*');
  });

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['worker-src', "'self'"],
  ])('sets %s to %s', (name, value) => {
    expect(parsed.get(name)).toBe(value);
  });

  it('has exactly the listed directives, each once', () => {
    expect(policy.split(';')).toHaveLength(11);
    expect(parsed.size).toBe(11);
  });
});
