/**
 * The form validates with the contract's own schemas, so the screen and the service agree on every rule,
 * plus what only the screen can know: today's date on this machine, beyond which no one is born or joins.
 */
import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../shared/contract';
import { isIsoDate, localToday } from '../../../../shared/domain/dates';
import { issueText } from '../../components/ErrorMessage';

const notAfterToday = (date: string | null) => date === null || !isIsoDate(date) || date <= localToday();

const createInput = contract['members.create'].input;
const editInput = contract['members.update'].input;

export const createMemberSchema = createInput.extend({
  birthDate: createInput.shape.birthDate.refine(notAfterToday, { message: 'members:form.futureBirthDate' }),
  joinDate: createInput.shape.joinDate.refine(notAfterToday, { message: 'members:form.futureJoinDate' }),
});
/** What an edit sends besides the id and the concurrency stamp, which the screen adds itself. */
export const editMemberSchema = editInput.omit({ id: true, expectedUpdatedAt: true }).extend({
  birthDate: editInput.shape.birthDate.refine(notAfterToday, { message: 'members:form.futureBirthDate' }),
  joinDate: editInput.shape.joinDate.refine(notAfterToday, { message: 'members:form.futureJoinDate' }),
});

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
