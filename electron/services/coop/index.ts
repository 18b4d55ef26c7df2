/** The cooperative's profile and statute: the coop domain's public surface. */
import type { DomainModule } from '../core';
import { coopChecks } from './checks';

export { getCoop, requireCoop, setupCoop, updateCoop } from './profile';
export { statuteInForce, type StatuteVersion } from './statute-versions';
export { leaveDemo } from './leave-demo';

export const coopDomain: DomainModule = { name: 'coop', checks: coopChecks };
