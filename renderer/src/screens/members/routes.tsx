/** The members screens, mounted by the app's router; the print route renders without the shell. */
import type { RouteObject } from 'react-router';
import { EditMemberScreen } from './EditMemberScreen';
import { ImportScreen } from './ImportScreen';
import { MemberDetailScreen } from './MemberDetailScreen';
import { MembersListScreen } from './MembersListScreen';
import { NewMemberScreen } from './NewMemberScreen';
import { PrintRegisterScreen } from './PrintRegisterScreen';
import './members.css';

export const membersRoutes: RouteObject[] = [
  { path: 'members', element: <MembersListScreen /> },
  { path: 'members/new', element: <NewMemberScreen /> },
  { path: 'members/import', element: <ImportScreen /> },
  { path: 'members/:id', element: <MemberDetailScreen /> },
  { path: 'members/:id/edit', element: <EditMemberScreen /> },
];

export const printRoutes: RouteObject[] = [{ path: '/print/members', element: <PrintRegisterScreen /> }];
