/** The remuneration section: its routes under /pay and its print pages, loaded as one chunk by app/sections.ts. */
export { printRoutes, remunerationRoutes } from './routes';
