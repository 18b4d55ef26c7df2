/**
 * The app's sections, in the order of the navigation: the nav, its Alt+N shortcuts and the shortcuts help
 * are all built from this list. Each domain's screens are loaded the first time one of its routes is
 * visited, so each domain is its own chunk of the bundle; this is the one file of app/ that names screens/.
 */
import type { RouteObject } from 'react-router';

/** A domain's route definitions, relative to where the app mounts them. */
export type LoadRoutes = () => Promise<RouteObject[]>;

export interface Section {
  id: string;
  /** Mount point under the shell, without slashes: the section owns `/<path>` and everything below it. */
  path: string;
  /** i18n key (common namespace) of its name in the navigation. */
  label: string;
  /** `alt+N`, N its place in the navigation. */
  shortcut: string;
  /** The section's own shortcuts, for the shortcuts help (its screens register them): combo and i18n key (common). */
  screenShortcuts?: readonly { combo: string; label: string }[];
  routes: LoadRoutes;
}

const inNavigationOrder = [
  {
    id: 'members',
    path: 'members',
    label: 'nav.members',
    screenShortcuts: [{ combo: 'alt+n', label: 'shortcuts.newMember' }],
    routes: () => import('../screens/members/routes').then((m) => m.membersRoutes),
  },
  {
    id: 'capital',
    path: 'capital',
    label: 'nav.capital',
    routes: () => import('../screens/capital').then((m) => m.capitalRoutes),
  },
  {
    id: 'attendance',
    path: 'attendance',
    label: 'nav.attendance',
    routes: () => import('../screens/attendance').then((m) => m.attendanceRoutes),
  },
  {
    id: 'remuneration',
    path: 'pay',
    label: 'nav.remuneration',
    routes: () => import('../screens/remuneration').then((m) => m.remunerationRoutes),
  },
  {
    id: 'surplus',
    path: 'surplus',
    label: 'nav.surplus',
    routes: () => import('../screens/surplus').then((m) => m.surplusRoutes),
  },
  {
    id: 'assemblies',
    path: 'assemblies',
    label: 'nav.assemblies',
    routes: () => import('../screens/assemblies').then((m) => m.assembliesRoutes),
  },
  {
    id: 'planning',
    path: 'planning',
    label: 'nav.planning',
    routes: () => import('../screens/planning').then((m) => m.planningRoutes),
  },
  {
    id: 'budgets',
    path: 'budgets',
    label: 'nav.budgets',
    routes: () => import('../screens/budgets').then((m) => m.budgetsRoutes),
  },
  {
    id: 'ledger',
    path: 'ledger',
    label: 'nav.ledger',
    routes: () => import('../screens/ledger').then((m) => m.ledgerRoutes),
  },
  {
    id: 'settings',
    path: 'settings',
    label: 'nav.settings',
    routes: () => import('../screens/settings/routes').then((m) => m.settingsRoutes),
  },
] as const satisfies readonly Omit<Section, 'shortcut'>[];

export const sections: readonly Section[] = inNavigationOrder.map((section, i) => ({ ...section, shortcut: `alt+${(i + 1) % 10}` }));

/** Where the app opens, and where "go home" leads. */
export const homePath = `/${sections[0]!.path}`;

/** Screens outside the shell: first-run setup, print pages the main process renders to PDF, the assembly's projector. */
export const standalone: readonly { path: string; routes: LoadRoutes }[] = [
  { path: 'setup', routes: () => import('../screens/coop/routes').then((m) => m.setupRoutes) },
  { path: 'print/members', routes: () => import('../screens/members/routes').then((m) => m.printRoutes) },
  { path: 'print/capital', routes: () => import('../screens/capital').then((m) => m.printRoutes) },
  { path: 'print/assemblies', routes: () => import('../screens/assemblies').then((m) => m.printRoutes) },
  // The room's display: the projector window in the app, a second tab in a browser.
  { path: 'projector', routes: () => import('../screens/assemblies').then((m) => m.projectorRoutes) },
  // The surplus distribution on the same display; the more specific path wins over the assemblies' `projector/*`.
  { path: 'projector/surplus', routes: () => import('../screens/surplus').then((m) => m.projectorRoutes) },
  { path: 'print/pay', routes: () => import('../screens/remuneration').then((m) => m.printRoutes) },
  { path: 'print/surplus', routes: () => import('../screens/surplus').then((m) => m.printRoutes) },
  { path: 'print/budgets', routes: () => import('../screens/budgets').then((m) => m.printRoutes) },
];
