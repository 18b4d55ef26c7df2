/** The budgets section: its routes under /budgets, and its print pages, each loaded as one chunk by app/sections.ts. */
export { budgetsRoutes, printRoutes } from './routes';
