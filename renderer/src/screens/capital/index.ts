/** The capital section: its routes under /capital and its print pages, loaded as one chunk by app/sections.ts. */
export { capitalRoutes, printRoutes } from './routes';
