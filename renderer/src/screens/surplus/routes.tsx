/** The surplus screens, mounted by the app under /surplus: the year's result, the simulation, the posting. */
import type { RouteObject } from 'react-router';
import { PostingScreen } from './PostingScreen';
import { SimulationScreen } from './SimulationScreen';
import { YearScreen } from './YearScreen';
import '../../components/data-table.css';
import './surplus.css';

export const surplusRoutes: RouteObject[] = [
  { index: true, element: <YearScreen /> },
  { path: 'simulate', element: <SimulationScreen /> },
  { path: 'post', element: <PostingScreen /> },
];
