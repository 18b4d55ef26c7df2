/** The budget screens, mounted by the app under /budgets; the printed budget renders without the shell under /print/budgets. */
import { Navigate, type RouteObject } from 'react-router';
import { ActualsScreen } from './ActualsScreen';
import { BreakEvenScreen } from './BreakEvenScreen';
import { BudgetScreen } from './BudgetScreen';
import { plansPrintRoutes, plansRoutes } from './plans';
import { PrintBudgetScreen } from './PrintBudgetScreen';
import '../../components/data-table.css';
import './budgets.css';

export const budgetsRoutes: RouteObject[] = [
  { index: true, element: <BudgetScreen /> },
  { path: 'actuals', element: <ActualsScreen /> },
  { path: 'break-even', element: <BreakEvenScreen /> },
  ...plansRoutes,
];

/** Mounted at /print/budgets: the routes budgets.printBudget and budgets.printPlan print. */
export const printRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/budgets" replace /> },
  { path: 'budget/:versionId', element: <PrintBudgetScreen /> },
  ...plansPrintRoutes,
];
