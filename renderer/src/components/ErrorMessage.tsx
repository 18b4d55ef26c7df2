import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/contract/errors';
import { RpcFailure } from '../api/client';
import { catalogueKey, errorText } from '../i18n';

/** The sentence for any failure: an RpcFailure in the user's language, anything else as an internal error. */
export function failureText(t: TFunction, error: unknown): string {
  if (error instanceof RpcFailure) return errorText(t, error.error);
  return errorText(t, { key: 'errors.INTERNAL', message: error instanceof Error ? error.message : String(error) });
}

/**
 * A field message: the contract's messages are i18n keys ('errors.required' in the errors namespace,
 * 'members:errors.quarterHours' in a domain's); zod's own messages are already in the user's language
 * (see zod-locale.ts).
 */
export function issueText(t: TFunction, message: string | undefined, params: Record<string, string | number> = {}): string | undefined {
  if (!message) return undefined;
  if (message.startsWith('errors.') || /^[a-z-]+:[\w.-]+$/i.test(message)) {
    const { ns, key } = catalogueKey(message);
    return t(key, { ns, ...params });
  }
  return message;
}

/** The field issues a refused call carries (BAD_INPUT), or none. */
export function failureIssues(error: unknown): FieldIssue[] {
  return error instanceof RpcFailure ? (error.error.issues ?? []) : [];
}

export function isCancelled(error: unknown): boolean {
  return error instanceof RpcFailure && error.error.code === 'CANCELLED';
}

export function ErrorMessage({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  return (
    <p role="alert" className={['error-message', className].filter(Boolean).join(' ')}>
      {failureText(t, error)}
    </p>
  );
}
