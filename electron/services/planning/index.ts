/** Production planning: the planning domain's public surface. */
import type { DomainModule } from '../core';
import { planningChecks } from './checks';
import { generatePlanningDemo } from './demo';

export { closeBreakdown, logBreakdown, removeMaintenance, removeWorkcenter, saveMaintenance, saveWorkcenter } from './workcenters';
export { removeItem, removePartner, saveItem, savePartner } from './catalogue';
export { removeProduct, saveProduct } from './products';
export { removeOrder, saveOrder, setOrderStatus, setSkills, skillsView } from './orders';
export { loadItems, loadMembers, loadOrders, loadPartners, loadProducts, loadWorkcenters } from './rows';
export { planShop, planView, viewOf, type PlanInput } from './run';
export { applyPlan, lastApplied, quoteOrder } from './apply';
export { compareScenarios, listScenarios, removeScenario, saveScenario } from './scenarios';

export const planningDomain: DomainModule = {
  name: 'planning',
  checks: planningChecks,
  demo: generatePlanningDemo,
};
