/** The surplus section: its routes under /surplus, loaded as one chunk by app/sections.ts. */
export { printRoutes, projectorRoutes, surplusRoutes } from './routes';
