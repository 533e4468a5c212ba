import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronBan = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const layer = (message, ...groups) => ({ group: groups, message });

const mainLayer = layer(
  'main imports core and shared only.',
  '**/preload/**',
  '**/renderer/**',
  '**/web/**',
  '**/cli/**',
);

const layerRules = [
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    patterns: [
      layer(
        'src/shared imports nothing of ours and no Node, Electron or DOM APIs.',
        '**/core/**',
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
        '**/web/**',
        '**/cli/**',
        'node:*',
      ),
    ],
    paths: [electronBan],
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    patterns: [
      layer(
        'src/core imports only src/shared.',
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
        '**/web/**',
        '**/cli/**',
      ),
    ],
    paths: [electronBan],
  },
  {
    files: ['src/web/**/*.{ts,tsx}', 'src/cli/**/*.{ts,tsx}'],
    patterns: [
      layer('web and cli import core and shared only.', '**/main/**', '**/preload/**', '**/renderer/**'),
    ],
    paths: [electronBan],
  },
  {
    files: ['src/main/**/*.{ts,tsx}'],
    patterns: [mainLayer],
    paths: [
      {
        name: 'electron',
        importNames: ['ipcMain'],
        message: 'Listen for IPC only through trusted-ipc.ts, which checks the sender first.',
      },
    ],
  },
  {
    files: ['src/main/trusted-ipc.ts', 'src/main/**/*.test.ts', 'src/main/testing/**'],
    patterns: [mainLayer],
    paths: [],
  },
  {
    files: ['src/preload/**/*.{ts,tsx}'],
    patterns: [
      layer(
        'preload imports shared and electron only.',
        '**/core/**',
        '**/main/**',
        '**/renderer/**',
        '**/web/**',
        '**/cli/**',
        'node:*',
      ),
    ],
    paths: [],
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    patterns: [
      layer(
        'the renderer talks only to the API contract in src/shared.',
        '**/core/**',
        '**/main/**',
        '**/preload/**',
        '**/web/**',
        '**/cli/**',
        'node:*',
      ),
    ],
    paths: [electronBan],
  },
].map(({ files, patterns, paths }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerRules,
);
