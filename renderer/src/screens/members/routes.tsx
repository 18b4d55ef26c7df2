/** The members screens, mounted by the app under /members; the print route renders without the shell. */
import type { RouteObject } from 'react-router';
import { EditMemberScreen } from './EditMemberScreen';
import { ImportScreen } from './ImportScreen';
import { MemberDetailScreen } from './MemberDetailScreen';
import { MembersListScreen } from './MembersListScreen';
import { NewMemberScreen } from './NewMemberScreen';
import { PrintRegisterScreen } from './PrintRegisterScreen';
import './members.css';

export const membersRoutes: RouteObject[] = [
  { index: true, element: <MembersListScreen /> },
  { path: 'new', element: <NewMemberScreen /> },
  { path: 'import', element: <ImportScreen /> },
  { path: ':id', element: <MemberDetailScreen /> },
  { path: ':id/edit', element: <EditMemberScreen /> },
];

/** Mounted at /print/members. */
export const printRoutes: RouteObject[] = [{ index: true, element: <PrintRegisterScreen /> }];
