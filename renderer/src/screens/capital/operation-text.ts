/** The words a register row shows beside its kind: who, the other member of a transfer, the reference, what it reverses. */
import type { TFunction } from 'i18next';
import type { CapitalOperation } from '../../../../shared/contract/capital';

export function operationMember(op: CapitalOperation, t: TFunction<'capital'>): string {
  const parts: string[] = [];
  if (op.counterpartMemberNumber !== null) parts.push(t('register.toMember', { number: op.counterpartMemberNumber }));
  if (op.method !== null) parts.push(t(`method.${op.method}`));
  // A subscription's reference is the number of shares it took up; any other is the words typed with it.
  if (op.reference && op.kind === 'subscription' && /^\d+$/.test(op.reference)) parts.push(t('register.shares', { count: Number(op.reference) }));
  else if (op.reference) parts.push(op.reference);
  if (op.reversesNumber !== null) parts.push(t('register.reverses', { number: op.reversesNumber }));
  if (op.reversedByNumber !== null) parts.push(t('register.reversedBy', { number: op.reversedByNumber }));
  return parts.join(' · ');
}
