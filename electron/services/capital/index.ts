/** Members' capital: the capital domain's public surface. Other domains (pay runs, surplus) import from here only. */
import type { DomainModule } from '../core';
import { capitalChecks } from './checks';
import { generateCapitalDemo } from './demo';

export { getPolicy, listClasses, saveClass, updatePolicy } from './classes';
export { memberSubscriptions, pay, subscribe } from './subscriptions';
export { transfer } from './transfers';
export { payRefundInstalment, refundQueue, requestRefund } from './refunds';
export { forfeit, lateInstalments } from './forfeiture';
export { registerPage } from './operations';
export { memberStatement, statementByNumber } from './statement';
export { capitalSummary } from './summary';
export { subscribedByMember } from './book-column';
export { paidInByMember } from './paid-in';
export { reverseOperation } from './reverse';
export { revolveLayers } from './revolving';
export { commitCapitalImport, previewCapitalImport } from './import';
export { checkStatementRange, checkRegisterRange } from './print';
export { chargeLoss, creditCapitalisedReturn, deductInstalmentFromPay } from './later-modules';

export const capitalDomain: DomainModule = {
  name: 'capital',
  checks: capitalChecks,
  demo: generateCapitalDemo,
};
