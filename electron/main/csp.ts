/**
 * The renderer's Content Security Policy, sent as a header by the `app://` protocol and by the loopback
 * test host. No 'unsafe-inline' or 'unsafe-eval': styles come from built CSS files, never from runtime CSS-in-JS.
 */
const directives: ReadonlyArray<readonly [string, string]> = [
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
];

export function contentSecurityPolicy(): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
