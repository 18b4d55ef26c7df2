#!/usr/bin/env node
// The command line runs the TypeScript sources directly through tsx, so it is always the code under test.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
