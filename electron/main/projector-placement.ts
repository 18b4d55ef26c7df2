/** The pure decisions of the projector window (projector.ts wires them to Electron): where it goes, what it loads. */
import { APP_INDEX_URL, mainWindowWebPreferences, type SecureWebPreferences } from './security';

export const PROJECTOR_ROUTE = '/projector';

export interface ProjectorDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export type ProjectorPlacement =
  | { fullscreen: true; bounds: ProjectorDisplay['bounds'] }
  | { fullscreen: false; width: number; height: number };

/** The size of the projector window when there is no second display: 720p, what most projectors show. */
export const PROJECTOR_WINDOW_SIZE = { width: 1280, height: 720 } as const;

/**
 * Where the projector goes: on the first display that is not the primary one, full screen; with one display
 * a normal window, so the secretary keeps the main window reachable on the only screen there is.
 */
export function projectorPlacement(displays: readonly ProjectorDisplay[], primaryId: number): ProjectorPlacement {
  const external = displays.length > 1 ? displays.find((display) => display.id !== primaryId) : undefined;
  if (external) return { fullscreen: true, bounds: { ...external.bounds } };
  return { fullscreen: false, ...PROJECTOR_WINDOW_SIZE };
}

/** The projector pages: the assembly's own, and those below it (the surplus distribution: `/projector/surplus`). */
export function isProjectorRoute(route: string): boolean {
  return route === PROJECTOR_ROUTE || /^\/projector\/[a-z-]+$/.test(route);
}

/** The projector page's URL: the renderer uses a hash router on its one index page. Any other route is refused. */
export function projectorUrl(route: string = PROJECTOR_ROUTE): string {
  if (!isProjectorRoute(route)) throw new Error(`Not a projector page: ${route}`);
  return `${APP_INDEX_URL}#${route}`;
}

/**
 * The main window's preferences (sandbox, context isolation, no Node, the preload), plus timers that keep
 * running: on the room's display nobody touches the window to keep it awake.
 */
export function projectorWebPreferences(preloadPath: string): SecureWebPreferences & { backgroundThrottling: false } {
  return { ...mainWindowWebPreferences(preloadPath), backgroundThrottling: false };
}
