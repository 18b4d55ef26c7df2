/** The journal section: its routes under /ledger, loaded as one chunk by app/sections.ts. */
export { ledgerRoutes } from './routes';
