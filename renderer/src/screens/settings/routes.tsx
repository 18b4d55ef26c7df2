/** The settings screen, mounted by the app under /settings. */
import type { RouteObject } from 'react-router';
import { SettingsScreen } from './SettingsScreen';

export const settingsRoutes: RouteObject[] = [{ index: true, element: <SettingsScreen /> }];
