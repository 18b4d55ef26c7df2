/** Dates that cannot lie in the future: nobody is born, or joins, after today. */
import { DomainError } from '../../../shared/contract/errors';
import type { ServiceContext } from '../core';
import { todayOf } from './settings';

const pastOnlyFields = [
  { field: 'birthDate', label: 'birth date' },
  { field: 'joinDate', label: 'join date' },
] as const;

/** Refuses a birth or join date after today, naming each field that has one (BAD_INPUT, field issues). */
export function refuseFutureDates(ctx: ServiceContext, values: { birthDate: string | null; joinDate: string }): void {
  const today = todayOf(ctx);
  const future = pastOnlyFields.filter(({ field }) => {
    const value = values[field];
    return value !== null && value > today;
  });
  const first = future[0];
  if (first === undefined) return;
  const date = values[first.field]!;
  throw new DomainError('BAD_INPUT', `The ${first.label} ${date} is in the future (today is ${today}).`, {
    key: 'members:errors.FUTURE_DATE',
    params: { date, today },
    issues: future.map(({ field }) => ({ path: field, message: 'members:errors.futureDate' })),
  });
}
