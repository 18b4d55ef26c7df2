/** Production planning (rules/planning.md): the deterministic, explainable plan as a pure function, and its file form. */
export * from './calendar';
export type { Item, Member, Operation, Order, PlanModel, PlanOptions, Product, Workcenter } from './model';
export { schedule, planningOrder, Planner, type LateReason, type Plan, type PlannedOp, type PlannedOrder } from './schedule';
export type { Purchase } from './materials';
export { metricsOf, availableMinutes, bookedMinutes, type PlanMetrics, type Utilisation } from './metrics';
export { modelOf, optionsOf, parseScenario } from './from-scenario';
export { planScenario, type PlanScenario } from './scenario';
export { planFromScenario, type PlanAnswer } from './file-form';
export { Timeline } from './timeline';
export { buildAheadSuggestions, nextFreeSlots, weeklyFigures, type BuildAhead, type WeekFigure } from './rough-cut';
