/** The capital screens, mounted by the app under /capital; the print routes render without the shell. */
import { Navigate, type RouteObject } from 'react-router';
import { CapitalOverviewScreen } from './CapitalOverviewScreen';
import { LateInstalmentsScreen } from './LateInstalmentsScreen';
import { MemberCapitalScreen } from './MemberCapitalScreen';
import { PrintRegisterScreen } from './PrintRegisterScreen';
import { PrintStatementScreen } from './PrintStatementScreen';
import { RefundQueueScreen } from './RefundQueueScreen';
import { RegisterScreen } from './RegisterScreen';
import { ShareClassesScreen } from './ShareClassesScreen';
import '../../components/data-table.css';
import './capital.css';

export const capitalRoutes: RouteObject[] = [
  { index: true, element: <CapitalOverviewScreen /> },
  { path: 'register', element: <RegisterScreen /> },
  { path: 'refunds', element: <RefundQueueScreen /> },
  { path: 'late', element: <LateInstalmentsScreen /> },
  { path: 'classes', element: <ShareClassesScreen /> },
  { path: 'members/:id', element: <MemberCapitalScreen /> },
];

/** Mounted at /print/capital: the routes shared/contract/capital.ts's capitalStatementRoute and capitalRegisterRoute name. */
export const printRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/capital" replace /> },
  { path: 'statement', element: <PrintStatementScreen /> },
  { path: 'register', element: <PrintRegisterScreen /> },
];
