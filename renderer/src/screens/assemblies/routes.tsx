/**
 * The assemblies screens, mounted under /assemblies; the convocation and the roll print without the shell
 * (/print/assemblies), and the projector is a page of its own (/projector) for the room's display.
 */
import { Navigate, type RouteObject } from 'react-router';
import { ConveneScreen } from './ConveneScreen';
import { MeetingScreen } from './MeetingScreen';
import { MeetingsListScreen } from './MeetingsListScreen';
import { MinutesBookScreen } from './MinutesBookScreen';
import { MinutesScreen } from './MinutesScreen';
import { OfficeHoldersScreen } from './OfficeHoldersScreen';
import { PrintConvocationScreen } from './PrintConvocationScreen';
import { PrintRollScreen } from './PrintRollScreen';
import { ProjectorScreen } from './ProjectorScreen';
import { RoomScreen } from './RoomScreen';
import '../../components/data-table.css';
import './assemblies.css';

export const assembliesRoutes: RouteObject[] = [
  { index: true, element: <MeetingsListScreen /> },
  { path: 'new', element: <ConveneScreen /> },
  { path: 'book', element: <MinutesBookScreen /> },
  { path: 'officers', element: <OfficeHoldersScreen /> },
  { path: ':id', element: <MeetingScreen /> },
  { path: ':id/room', element: <RoomScreen /> },
  { path: ':id/minutes', element: <MinutesScreen /> },
];

/** Mounted at /print/assemblies: the routes shared/contract/assemblies.ts's convocationRoute and rollRoute name. */
export const printRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/assemblies" replace /> },
  { path: 'convocation/:id', element: <PrintConvocationScreen /> },
  { path: 'roll/:id', element: <PrintRollScreen /> },
];

/** Mounted at /projector. */
export const projectorRoutes: RouteObject[] = [{ index: true, element: <ProjectorScreen /> }];
