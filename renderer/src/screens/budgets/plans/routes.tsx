/** Routes of the capitalisation plans, relative to /budgets and to /print/budgets. */
import type { RouteObject } from 'react-router';
import { PlanEditorScreen } from './PlanEditorScreen';
import { PlansScreen } from './PlansScreen';
import { PrintPlanScreen } from './PrintPlanScreen';
import '../../../components/data-table.css';
import './plans.css';

export const plansRoutes: RouteObject[] = [
  { path: 'plans', element: <PlansScreen /> },
  { path: 'plans/:id', element: <PlanEditorScreen /> },
];

/** The route budgets.printPlan prints: /print/budgets/plan/:planId?scenarios=1,2. */
export const plansPrintRoutes: RouteObject[] = [{ path: 'plan/:planId', element: <PrintPlanScreen /> }];
