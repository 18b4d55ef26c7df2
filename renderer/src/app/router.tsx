import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { FirstRunScreen } from '../screens/coop/FirstRunScreen';
import { membersRoutes, printRoutes } from '../screens/members/routes';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

/** Every route; print routes render without the shell (the main process prints them to PDF). */
export const appRoutes: RouteObject[] = [
  { path: '/setup', element: <FirstRunScreen /> },
  ...printRoutes,
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/members" replace /> },
      ...membersRoutes,
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** Hash routing: the app is loaded from app://minga/index.html, where only the fragment may change. */
export function createAppRouter() {
  return createHashRouter(appRoutes);
}
