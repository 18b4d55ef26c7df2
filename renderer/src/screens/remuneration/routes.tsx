/** The pay screens, mounted by the app under /pay; the payslips print without the shell under /print/pay. */
import { Navigate, type RouteObject } from 'react-router';
import { AssignmentsScreen } from './AssignmentsScreen';
import { PrintPayslipsScreen } from './PrintPayslipsScreen';
import { RunScreen } from './RunScreen';
import { SchemesScreen } from './SchemesScreen';
import { WhatIfScreen } from './WhatIfScreen';
import '../../components/data-table.css';
import './pay.css';

export const remunerationRoutes: RouteObject[] = [
  { index: true, element: <RunScreen /> },
  { path: 'schemes', element: <SchemesScreen /> },
  { path: 'assignments', element: <AssignmentsScreen /> },
  { path: 'what-if', element: <WhatIfScreen /> },
];

/** Mounted at /print/pay: the route shared/contract/remuneration.ts's payslipsRoute names. */
export const printRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/pay" replace /> },
  { path: 'payslips/:runId', element: <PrintPayslipsScreen /> },
];
