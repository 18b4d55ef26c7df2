/** The surplus section: its routes under /surplus, loaded as one chunk by app/sections.ts. */
export { surplusRoutes } from './routes';
