/**
 * What the loopback host refuses before it reads a request: a `Host` that is not the address it serves
 * (a DNS-rebinding page names its own host), an `Origin` that is not its own (another site's page), and
 * a body larger than the method could ever need.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { contract } from '../../shared/contract';

const MiB = 1024 * 1024;
/** Every call but a file import carries a few fields: 1 MiB is far above any of them. */
export const SMALL_BODY_LIMIT = MiB;

/** The longest base64 file a method's input accepts (its `fileBase64` field), or 0 if it takes no file. */
function fileCharactersOf(method: string): number {
  if (!Object.prototype.hasOwnProperty.call(contract, method)) return 0;
  const input = contract[method as keyof typeof contract].input as { shape?: Record<string, { maxLength?: number | null }> };
  return input.shape?.fileBase64?.maxLength ?? 0;
}

/**
 * A call's body may be 1 MiB, plus the largest file its input accepts: an import sends the whole CSV
 * base64 (members.importPreview takes up to 80,000,000 characters, about 57 MiB of file), so a real
 * import passes and nothing else can make the host buffer more than 1 MiB.
 */
export function bodyLimitFor(method: string): number {
  return SMALL_BODY_LIMIT + fileCharactersOf(method);
}

/** Why a request is refused before anything is read: 403 for a foreign Host or Origin, 413 for a declared body too large. */
export function requestRefusal(headers: IncomingHttpHeaders, ownOrigin: string, bodyLimit: number): 403 | 413 | null {
  if (headers.host !== new URL(ownOrigin).host) return 403;
  // A browser sends Origin on cross-site requests and on every POST; a page of ours sends ours.
  if (headers.origin !== undefined && headers.origin !== ownOrigin) return 403;
  const declared = Number(headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > bodyLimit) return 413;
  return null;
}
