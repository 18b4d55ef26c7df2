// Lint, and the import boundaries of architecture.md: each folder may import only what its row allows.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'kysely'];
const restrict = (patterns, message) => ({
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'docs/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    ...restrict(
      [...nodeOnly, 'electron', '**/electron/**', '**/migrations/**', '**/tests/**'],
      'The renderer talks to the main process only through the contract (renderer/src/api).',
    ),
  },
  {
    files: ['shared/domain/**'],
    ...restrict(
      [...nodeOnly, 'electron', 'react', 'react-*', '**/contract', '**/contract/**', '**/electron/**', '**/renderer/**', '**/migrations/**'],
      'shared/domain holds pure rules: it may import zod, date-fns and itself.',
    ),
  },
  {
    files: ['shared/contract/**', 'shared/*.ts'],
    ...restrict(
      [...nodeOnly, 'electron', 'react', 'react-*', '**/electron/**', '**/renderer/**', '**/migrations/**'],
      'shared/ is used by both processes: no Node, Electron, React or process-specific code.',
    ),
  },
  {
    files: ['electron/services/**', 'electron/db/**', 'electron/cli/**'],
    ...restrict(['electron', '**/renderer/**', 'react', 'react-*'], 'Services run without Electron (the CLI and tests use them).'),
  },
  {
    files: ['electron/ipc/**'],
    ignores: ['electron/ipc/register.ts'],
    ...restrict(['electron', '**/renderer/**'], 'Only electron/ipc/register.ts may import electron.'),
  },
  {
    files: ['migrations/**'],
    ...restrict(['electron', '**/electron/**', '**/renderer/**', '**/shared/**', 'better-sqlite3'], 'Migrations import kysely only.'),
  },
  {
    // One choke point for opening links outside the app (style.md: Beekeeper's isSafeExternalUrl).
    files: ['electron/**'],
    ignores: ['electron/main/external.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='openExternal']", message: 'Use openExternalSafely from electron/main/external.ts.' },
      ],
    },
  },
  {
    files: ['tests/**', 'build/**', 'bin/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
