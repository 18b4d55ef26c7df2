/**
 * The surplus distribution on the projector (issue 10) lives beside the assembly's own projector page:
 * `/projector/surplus` must reach the surplus page and `/projector` still the assembly's, in the renderer's
 * routes and in the URL the desktop app's projector window loads; nothing else may be loaded there.
 */
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { standalone } from '../../renderer/src/app/sections';
import { isProjectorRoute, projectorUrl } from '../../electron/main/projector-placement';
import { SURPLUS_PROJECTOR_ROUTE } from '../../shared/contract/surplus';

// The router mounts each standalone page at `/<path>/*` (renderer/src/app/router.tsx).
const routes = standalone.map(({ path }) => ({ id: path, path: `/${path}/*` }));
const pageAt = (location: string) => matchRoutes(routes, location)?.[0]?.route.id;

describe('the projector pages do not collide', () => {
  it('/projector/surplus reaches the surplus page, /projector the assembly’s', () => {
    expect(SURPLUS_PROJECTOR_ROUTE).toBe('/projector/surplus');
    expect(pageAt(SURPLUS_PROJECTOR_ROUTE)).toBe('projector/surplus');
    expect(pageAt('/projector')).toBe('projector');
  });

  it('the projector window loads either page of the app’s own index, and refuses any other route', () => {
    expect(projectorUrl()).toBe('app://minga/index.html#/projector');
    expect(projectorUrl(SURPLUS_PROJECTOR_ROUTE)).toBe('app://minga/index.html#/projector/surplus');
    for (const route of ['/members', '/projector/../settings', '/projectorx', 'https://example.org/#/projector', '/projector/surplus?x=1']) {
      expect(isProjectorRoute(route), route).toBe(false);
      expect(() => projectorUrl(route)).toThrow(/Not a projector page/);
    }
  });
});
