/** The cooperative's profile and statute: the coop domain's public surface. */
import type { DomainModule } from '../core';

export { getCoop, requireCoop, setupCoop, updateCoop } from './profile';

export const coopDomain: DomainModule = { name: 'coop', checks: [] };
