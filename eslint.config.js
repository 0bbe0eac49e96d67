// Lint, including the runtime layering rules: the renderer never imports from electron/,
// nothing under electron/core imports `electron` or the sandbox, shared/ uses no Node or DOM
// API, and raw ipcMain/ipcRenderer exist only in the two transport files.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare builtin names are matched exactly (as `paths`), so './events' stays allowed.
const builtinNames = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util',
  'stream', 'events', 'buffer', 'worker_threads', 'zlib', 'tls', 'dns'];
const nodeBuiltinPaths = (message) => builtinNames.map((name) => ({ name, message }));
const noSandboxInCore = 'electron/core never imports the sandbox: the host injects its launcher (AppCoreOptions.profiles.sandbox).';
const coreNoElectron = { name: 'electron', message: 'electron/core is host-agnostic: no `electron` import.' };
const corePatterns = [
  { group: ['electron/*', 'electron-store'], message: 'electron/core is host-agnostic.' },
  { group: ['**/sandbox', '**/sandbox/**'], message: noSandboxInCore },
];
const AREAS = ['app', 'settings', 'profiles', 'review', 'sync', 'plans', 'money', 'activity', 'vouchers'];
const ROOT_MODULES = ['app-core', 'router', 'gate-checks', 'core-context'];
// From electron/core/infra/<x>/… an area is two or more levels up; inside infra, `..` stays in infra.
const infraMustNotImport = [2, 3, 4].flatMap((up) => {
  const prefix = '../'.repeat(up);
  return [...AREAS.flatMap((a) => [`${prefix}${a}`, `${prefix}${a}/**`]), ...ROOT_MODULES.map((m) => `${prefix}${m}`)];
});
const rawIpc = { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the typed IPC wrappers (electron/ipc/main-ipc.ts, electron/preload.ts).' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'node_modules/**', 'test-results/**', '.keyring-home/**', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to the main process only through renderer/bridge.ts.' }, ...nodeBuiltinPaths('The renderer has no Node APIs.')],
        patterns: [
          { group: ['**/electron/**', '**/electron'], message: 'The renderer never imports from electron/: use shared/contract.' },
          { group: ['node:*'], message: 'The renderer has no Node APIs.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [coreNoElectron],
        patterns: corePatterns,
      }],
      // no-restricted-imports does not see import(): the sandbox used to be loaded that way.
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression[source.value=/(^|\\/)sandbox(\\/|$)/]', message: noSandboxInCore },
        { selector: "ImportExpression[source.value='electron']", message: coreNoElectron.message },
      ],
    },
  },
  {
    // Areas → infrastructure, never back: infra/ imports neither an area nor the composition root.
    files: ['electron/core/infra/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [coreNoElectron],
        patterns: [
          ...corePatterns,
          { group: infraMustNotImport, message: 'electron/core/infra is beneath the areas: it never imports an area (app, settings, profiles, review, sync, plans, money, activity, vouchers) or the composition root.' },
        ],
      }],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'shared/ is imported by both sides.' }, ...nodeBuiltinPaths('shared/ uses no Node API.')],
        patterns: [
          { group: ['node:*'], message: 'shared/ uses no Node API.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing but itself.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['electron/ipc/main-ipc.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
