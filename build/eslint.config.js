// Lint, and the import boundaries of architecture.md: each folder may import only what its row allows.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'kysely'];
const restrict = (patterns, message, ...more) => ({
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }] },
});
const rendererBoundary = {
  group: [...nodeOnly, 'electron', '**/electron/**', '**/migrations/**', '**/tests/**'],
  message: 'The renderer talks to the main process only through the contract (renderer/src/api).',
};
// A domain's index.ts is its public surface: nothing reaches into another domain's files, neither a
// sibling domain (`../members/rows`) nor code outside services (`../services/members/register`).
const intoAnotherDomain = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/.+',
  message: 'Import another domain through its index.ts, never a file inside it.',
};
// ipcMain is registered in one place, where the sender of every call is checked (architecture.md).
const ipcMainOutsideRegister = [
  { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only electron/ipc/register.ts uses ipcMain.' },
  { selector: "MemberExpression[property.name='ipcMain']", message: 'Only electron/ipc/register.ts uses ipcMain.' },
  { selector: "ObjectPattern > Property[key.name='ipcMain']", message: 'Only electron/ipc/register.ts uses ipcMain.' },
];
// One choke point for opening links outside the app (style.md: Beekeeper's isSafeExternalUrl), however it is reached.
const openExternalOutsideItsModule = [
  { selector: "MemberExpression[property.name='openExternal']", message: 'Use openExternalSafely from electron/main/external.ts.' },
  { selector: "MemberExpression[property.value='openExternal']", message: 'Use openExternalSafely from electron/main/external.ts.' },
  { selector: "ObjectPattern > Property[key.name='openExternal']", message: 'Use openExternalSafely from electron/main/external.ts.' },
];
// A dynamic import() escapes no-restricted-imports: the renderer never loads Electron or Node that way either.
const dynamicImportInRenderer = [
  {
    selector: "ImportExpression[source.value=/^(electron|node:|fs$|path$|os$|child_process$|better-sqlite3$|kysely$)/]",
    message: 'The renderer talks to the main process only through the contract (renderer/src/api).',
  },
  { selector: 'ImportExpression[source.type!=/Literal/]', message: 'The renderer imports only named modules, never a computed path.' },
];
// shared/domain may import zod, date-fns and itself; these catch every other bare name and any path out of it.
const domainAllowList = {
  regex: '^(?!zod$|date-fns(/|$)|\\.)',
  message: 'shared/domain holds pure rules: it may import zod, date-fns and itself.',
};
const outOfDomain = (depth) => ({
  regex: `^(\\.\\./){${depth}}`,
  message: 'shared/domain holds pure rules: it may import zod, date-fns and itself.',
});

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
    // Type-aware rules: a promise nobody awaits loses its error, and an async function where a void
    // callback is expected (an event handler) does the same.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    ...restrict(rendererBoundary.group, rendererBoundary.message),
  },
  {
    // app/ and components/ (but sections.ts) get this rule with their own below: one list per file.
    files: ['renderer/**'],
    ignores: ['renderer/src/app/**', 'renderer/src/components/**'],
    rules: { 'no-restricted-syntax': ['error', ...dynamicImportInRenderer] },
  },
  {
    files: ['renderer/src/app/sections.ts'],
    rules: { 'no-restricted-syntax': ['error', ...dynamicImportInRenderer] },
  },
  {
    // app/ and components/ serve every domain, so they never depend on one; sections.ts alone names the
    // domains' route modules, and only lazily (a static import would put every screen in the first chunk).
    files: ['renderer/src/app/**', 'renderer/src/components/**'],
    ...restrict(rendererBoundary.group, rendererBoundary.message, {
      group: ['**/screens/**'],
      message: 'app/ and components/ take what is domain-specific as props; only app/sections.ts loads screens, lazily.',
    }),
  },
  {
    files: ['renderer/src/app/**', 'renderer/src/components/**'],
    ignores: ['renderer/src/app/sections.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/(^|\\/)screens\\//]', message: 'Only app/sections.ts loads screens.' },
        ...dynamicImportInRenderer,
      ],
    },
  },
  {
    // A domain's screens stand alone; what one shares with another goes through its index.ts.
    files: ['renderer/src/screens/**'],
    ...restrict(rendererBoundary.group, rendererBoundary.message, {
      // One level up names a sibling domain's file; from a nested folder (budgets/plans), two levels up does.
      regex: '^\\.\\./(?!\\.\\.)[^/]+/.+|^\\.\\./\\.\\./(coop|members|ledger|capital|assemblies|attendance|remuneration|planning|surplus|budgets|settings)/|(^|/)screens/',
      message: 'Import another domain\'s screens through its index.ts (../coop), never a file inside it.',
    }),
  },
  {
    files: ['shared/domain/*.ts'],
    ...restrict([...nodeOnly, 'electron', 'react', 'react-*'], domainAllowList.message, domainAllowList, outOfDomain(1)),
  },
  {
    files: ['shared/domain/*/*.ts'],
    ...restrict([...nodeOnly, 'electron', 'react', 'react-*'], domainAllowList.message, domainAllowList, outOfDomain(2)),
  },
  {
    files: ['shared/domain/*/*/**/*.ts'],
    ...restrict([...nodeOnly, 'electron', 'react', 'react-*'], domainAllowList.message, domainAllowList, outOfDomain(3)),
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
    files: ['electron/**', 'shared/**', 'tests/host/**'],
    ignores: ['electron/main/external.ts', 'electron/ipc/register.ts'],
    rules: { 'no-restricted-syntax': ['error', ...openExternalOutsideItsModule, ...ipcMainOutsideRegister] },
  },
  {
    files: ['electron/main/external.ts'],
    rules: { 'no-restricted-syntax': ['error', ...ipcMainOutsideRegister] },
  },
  {
    files: ['electron/ipc/register.ts'],
    rules: { 'no-restricted-syntax': ['error', ...openExternalOutsideItsModule] },
  },
  {
    files: ['tests/**', 'build/**', 'bin/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
