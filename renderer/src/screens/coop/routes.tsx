/** First-run setup, mounted by the app at /setup, outside the shell. */
import type { RouteObject } from 'react-router';
import { FirstRunScreen } from './FirstRunScreen';

export const setupRoutes: RouteObject[] = [{ index: true, element: <FirstRunScreen /> }];
