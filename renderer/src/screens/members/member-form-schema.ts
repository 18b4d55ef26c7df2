/** The form validates with the contract's own schemas, so the screen and the service agree on every rule. */
import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../shared/contract';
import { issueText } from '../../components/ErrorMessage';

export const createMemberSchema = contract['members.create'].input;
/** What an edit sends besides the id and the concurrency stamp, which the screen adds itself. */
export const editMemberSchema = contract['members.update'].input.omit({ id: true, expectedUpdatedAt: true });

export type MemberFormValues = z.input<typeof createMemberSchema>;

/**
 * A field's message in the user's language (see issueText), except that an empty number field arrives as
 * NaN, which reads best as "Required."; the server's messages are translated when they are set.
 */
export function fieldErrorText(t: TFunction, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.type === 'server') return error.message;
  if (error.type === 'invalid_type') return t('errors.required', { ns: 'errors' });
  return issueText(t, error.message);
}
