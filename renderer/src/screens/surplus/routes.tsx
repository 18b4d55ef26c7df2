/** The surplus screens, mounted by the app under /surplus: the year's result, the simulation, two policies compared, the posting, the returns to collect. */
import { Navigate, type RouteObject } from 'react-router';
import { CompareScreen } from './CompareScreen';
import { PostingScreen } from './PostingScreen';
import { PrintStatementsScreen } from './PrintStatementsScreen';
import { SurplusProjectorScreen } from './ProjectorScreen';
import { ReturnsScreen } from './ReturnsScreen';
import { SimulationScreen } from './SimulationScreen';
import { StatementsScreen } from './StatementsScreen';
import { YearScreen } from './YearScreen';
import '../../components/data-table.css';
import './surplus.css';

export const surplusRoutes: RouteObject[] = [
  { index: true, element: <YearScreen /> },
  { path: 'simulate', element: <SimulationScreen /> },
  { path: 'compare', element: <CompareScreen /> },
  { path: 'post', element: <PostingScreen /> },
  { path: 'returns', element: <ReturnsScreen /> },
  { path: 'statements', element: <StatementsScreen /> },
];

/** Mounted at /print/surplus: the route shared/contract/surplus-statement.ts's statementsRoute names. */
export const printRoutes: RouteObject[] = [
  // /print/surplus alone names no year: back to the section.
  { index: true, element: <Navigate to="/surplus" replace /> },
  { path: 'statements/:year', element: <PrintStatementsScreen /> },
];

/** Mounted at /projector/surplus, outside the shell: what the room's projector shows of the distribution. */
export const projectorRoutes: RouteObject[] = [{ index: true, element: <SurplusProjectorScreen /> }];
