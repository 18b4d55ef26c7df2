// Lint, and the import boundaries of architecture.md: each folder may import only what its row allows.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'kysely'];
const restrict = (patterns, message, ...more) => ({
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }] },
});
// A domain's index.ts is its public surface: nothing reaches into another domain's files, neither a
// sibling domain (`../members/rows`) nor code outside services (`../services/members/register`).
const intoAnotherDomain = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/.+',
  message: 'Import another domain through its index.ts, never a file inside it.',
};
const intoAServicesDomain = {
  regex: '(^|/)services/[^/]+/.+',
  message: 'Import a domain of electron/services through its index.ts, never a file inside it.',
};

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
    files: ['electron/services/**'],
    ...restrict(
      ['electron', '**/renderer/**', 'react', 'react-*', '**/main/*', '**/ipc/*', '**/ipc/**', '**/cli/**'],
      'Services run without Electron, IPC or the CLI (the CLI and tests use them).',
      intoAnotherDomain,
    ),
  },
  {
    files: ['electron/db/**', 'electron/cli/**'],
    ...restrict(['electron', '**/renderer/**', 'react', 'react-*'], 'Runs without Electron (the CLI and tests use it).', intoAServicesDomain),
  },
  {
    files: ['electron/main/**'],
    ...restrict(['**/renderer/**', 'react', 'react-*'], 'The main process never imports the renderer.', intoAServicesDomain),
  },
  {
    files: ['electron/ipc/**'],
    ignores: ['electron/ipc/register.ts'],
    ...restrict(['electron', '**/renderer/**'], 'Only electron/ipc/register.ts may import electron.', intoAServicesDomain),
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
