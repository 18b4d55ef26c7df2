/** The capitalisation plans: their screens under /budgets (spread into the section's routes) and their printed page under /print/budgets. */
export { plansPrintRoutes, plansRoutes } from './routes';
