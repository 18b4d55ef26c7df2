/** The assemblies section: its routes, its print pages and the projector, loaded as one chunk by app/sections.ts. */
export { assembliesRoutes, printRoutes, projectorRoutes } from './routes';
