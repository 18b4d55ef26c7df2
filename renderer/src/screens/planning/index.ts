/** The planning section: its routes under /planning, loaded as one chunk by app/sections.ts. */
export { planningRoutes } from './routes';
