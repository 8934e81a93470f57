// Lint enforces the architecture (README, "Architecture"): imports flow one way,
// core -> store -> components -> screens -> app, with i18n beside the React layers; there are
// no import cycles; and each third-party library with domain meaning sits behind one module of ours.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What each layer may not import: the layers above it. */
const layers = [
  { target: './src/core', from: ['./src/store', './src/i18n', './src/components', './src/screens', './src/app'], message: 'core imports nothing above it.' },
  { target: './src/store', from: ['./src/i18n', './src/components', './src/screens', './src/app'], message: 'the store imports only core.' },
  { target: './src/i18n', from: ['./src/store', './src/components', './src/screens', './src/app'], message: 'i18n imports only core.' },
  { target: './src/components', from: ['./src/screens', './src/app'], message: 'components import core, store and i18n, never a screen or the app.' },
  { target: './src/screens', from: ['./src/app'], message: 'screens never import the app frame.' },
];

const reactImports = [
  { name: 'react', message: 'src/core is pure TypeScript: no React.' },
  { name: 'react-dom', message: 'src/core is pure TypeScript: no React.' },
  { name: 'zustand', message: 'src/core knows nothing of the store.' },
];
const nodeImports = ['node:*', 'fs', 'path', 'os', 'child_process', 'url'].map((name) => ({
  name,
  message: 'src/ must run in the browser: no Node-only APIs.',
}));
// ts-fsrs is wrapped by src/core/scheduler.ts; Prism by the code-block component; Lezer's Python
// grammar by src/core/python-syntax.ts.
const wrappedLibraries = [
  { group: ['ts-fsrs'], message: 'Use src/core/scheduler.ts; it is the only module that talks to ts-fsrs.' },
  { group: ['prismjs', 'prismjs/*'], message: 'Use the code-block component; it is the only module that talks to Prism.' },
  { group: ['@lezer/*'], message: 'Use src/core/python-syntax.ts; it is the only module that talks to Lezer.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      // `import type` is left out (erased at build time): only a cycle of values can run a module before its imports.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: nodeImports, patterns: wrappedLibraries }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...reactImports, ...nodeImports],
          patterns: wrappedLibraries,
        },
      ],
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage', 'document', 'window'],
    },
  },
  {
    files: ['src/core/scheduler.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...reactImports, ...nodeImports] }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeImports, { name: 'react-dom', message: 'The store knows nothing of the DOM renderer.' }],
          patterns: wrappedLibraries,
        },
      ],
    },
  },
  {
    files: ['src/core/python-syntax.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...reactImports, ...nodeImports],
          patterns: wrappedLibraries.filter((library) => !library.group.includes('@lezer/*')),
        },
      ],
    },
  },
  {
    files: ['src/components/code-block.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeImports }] },
  },
);
