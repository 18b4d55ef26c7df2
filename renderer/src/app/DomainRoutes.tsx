import { useRoutes, type RouteObject } from 'react-router';
import { NotFound } from './NotFound';

/** A domain's own routes, mounted below its section; a path the domain does not know is "not found". */
export function DomainRoutes({ routes }: { routes: RouteObject[] }) {
  return useRoutes([...routes, { path: '*', element: <NotFound /> }]);
}
