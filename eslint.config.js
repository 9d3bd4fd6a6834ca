// One lint set-up for the whole project. Besides the usual rules it enforces the process
// boundaries of docs/ARCHITECTURE.md: shared/ is pure, only renderer/db/ touches Dexie, the
// renderer never reaches Node or Electron, and electron/ holds no UI or database code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events',
  'worker_threads', 'http', 'https', 'net', 'zlib', 'buffer', 'process',
];
const dexieModules = ['dexie', 'y-dexie', 'dexie-export-import'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'release', 'test-results', 'playwright-report', 'bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node APIs.' },
          { group: ['electron', 'react', 'react-dom', '@fluentui/*', '@tiptap/*', ...dexieModules, 'dexie-react-hooks'], message: 'shared/ is pure TypeScript: no DOM, UI, database or Electron libraries.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing from the processes that use it.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer has no Node: ask the platform bridge.' },
          { group: ['electron', '**/electron/**'], message: 'The renderer reaches the shell only through renderer/platform.' },
          { group: dexieModules, message: 'Only renderer/db/ touches Dexie: call its functions.' },
          { group: ['**/db/database', '**/db/database.ts'], allowTypeImports: true, message: 'Only renderer/db/ touches the Dexie tables: call its functions (row types may be imported).' },
        ],
      }],
    },
  },
  {
    files: ['renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer has no Node.' },
          { group: ['electron', '**/electron/**', 'react', 'react-dom', '@fluentui/*', '**/features/**'], message: 'renderer/db/ is the data layer: no UI, no shell.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', '@fluentui/*', '@tiptap/*', ...dexieModules, 'dexie-react-hooks', '**/renderer/**'], message: 'electron/ is the thin shell: no UI and no database code.' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Tests never import the value of electron: pass Electron objects in as parameters.', allowTypeImports: true }],
      }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
);
