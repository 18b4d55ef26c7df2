/** Surplus and loss distribution: the surplus domain's public surface. */
import type { DomainModule } from '../core';
import { surplusChecks } from './checks';

export { closeYear, fiscalYear, getYear, priorLossesBefore } from './year';
export { defaultPolicy, savePolicy, savedPolicyFor, type PolicyFile } from './policy';
export { policyForYear, simulateYear, type YearSimulation } from './simulate';
export { yearFigures } from './figures';
export { postDistribution, reverseDistribution } from './post';
export { activeDistribution } from './active';
export { yearPostings, type YearPostings } from './postings';
export { distributionProjection, projectDistribution, type ProjectionLabels, type SurplusProjection } from './projection';
export { collectReturn, convertReturn, uncollectedReturns, conversionDays } from './returns';
export { yearStatements, type YearStatements } from './statement';

export const surplusDomain: DomainModule = { name: 'surplus', checks: surplusChecks };
