/** Surplus and loss distribution (rules/surplus.md): the pure waterfall, its legal checks and its file form. */
export type * from './types';
export { distribute } from './waterfall';
export { returnWeights } from './weights';
export { basisOf, legalFundFor, refuseUnlawfulPolicy } from './legal';
export { surplusScenario, type SurplusScenario } from './scenario';
export { answerOf, scenarioInput, simulateScenario, type ScenarioAnswer } from './file-form';
