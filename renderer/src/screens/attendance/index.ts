/** The attendance section: its routes, loaded as one chunk by app/sections.ts. */
export { attendanceRoutes } from './routes';
