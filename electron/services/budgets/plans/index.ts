/** Capitalisation plans (issue 12): investments, their financing, scenarios and the multi-year view. */
export { getPlan, listPlans } from './read';
export { removePlan, removeScenario, savePlan, saveScenario } from './save';
export { planProjection } from './projection';
