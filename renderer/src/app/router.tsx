import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { DomainRoutes } from './DomainRoutes';
import { Loading } from './Loading';
import { NotFound } from './NotFound';
import { homePath, sections, standalone, type LoadRoutes } from './sections';
import { Shell } from './Shell';

/** Mounts a domain's routes at `path`, loading its chunk the first time the path is visited. */
function lazyDomain(path: string, load: LoadRoutes): RouteObject {
  return {
    path: `${path}/*`,
    lazy: async () => {
      const routes = await load();
      return { element: <DomainRoutes routes={routes} /> };
    },
  };
}

/** Every route; standalone routes (setup, print) render without the shell. */
export const appRoutes: RouteObject[] = [
  ...standalone.map(({ path, routes }) => ({ ...lazyDomain(`/${path}`, routes), HydrateFallback: Loading })),
  {
    path: '/',
    element: <Shell />,
    HydrateFallback: Loading,
    children: [
      { index: true, element: <Navigate to={homePath} replace /> },
      ...sections.map((section) => lazyDomain(section.path, section.routes)),
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** Hash routing: the app is loaded from app://minga/index.html, where only the fragment may change. */
export function createAppRouter() {
  return createHashRouter(appRoutes);
}
