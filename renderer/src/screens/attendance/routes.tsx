/** The attendance screens, mounted by the app under /attendance. */
import type { RouteObject } from 'react-router';
import { ImportScreen } from './ImportScreen';
import { MonthScreen } from './MonthScreen';
import { ReportsScreen } from './ReportsScreen';
import { SettingsScreen } from './SettingsScreen';
import { WeekScreen } from './WeekScreen';
import '../../components/data-table.css';
import './attendance.css';

export const attendanceRoutes: RouteObject[] = [
  { index: true, element: <WeekScreen /> },
  { path: 'month', element: <MonthScreen /> },
  { path: 'import', element: <ImportScreen /> },
  { path: 'reports', element: <ReportsScreen /> },
  { path: 'settings', element: <SettingsScreen /> },
];
