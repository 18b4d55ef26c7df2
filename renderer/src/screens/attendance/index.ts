/** The attendance section: its routes, loaded as one chunk by app/sections.ts. */
import type { RouteObject } from 'react-router';

export const attendanceRoutes: RouteObject[] = [];
