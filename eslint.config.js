// Lint enforces the architecture described in ../shared/STYLE.md:
// imports flow one way, core -> store -> components -> app, and each
// third-party library with domain meaning sits behind one module of ours.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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

const coreLayers = { group: ['**/store/**', '**/components/**', '**/screens/**', '**/app', '**/i18n/**'], message: 'core imports nothing above it.' };

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
          patterns: [
            coreLayers,
            ...wrappedLibraries,
          ],
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
          patterns: [{ group: ['**/components/**', '**/screens/**', '**/app'], message: 'store imports only core.' }, ...wrappedLibraries],
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
          patterns: [coreLayers, ...wrappedLibraries.filter((library) => !library.group.includes('@lezer/*'))],
        },
      ],
    },
  },
  {
    files: ['src/components/code-block.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeImports }] },
  },
);
