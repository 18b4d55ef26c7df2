/**
 * Imported first by main.tsx, before any module builds a schema: zod probes `new Function` when it builds
 * an object schema, and the CSP (script-src 'self') reports that probe as a violation even though zod
 * catches it. jitless skips the probe and the generated fast path.
 */
import { z } from 'zod';

z.config({ jitless: true });
