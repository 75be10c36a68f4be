import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import { readdirSync } from 'node:fs';

/** Every folder of src/features is a feature: a new one is covered by the boundaries without a change here. */
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The first call of Intl or of a toLocale…/localeCompare method on a page loads the browser's
// locale data: 10-30 ms measured here, in the middle of the first render (docs/decisions/0011-no-intl.md).
const NO_INTL = "loads the browser's locale data on first use (10-30 ms; docs/decisions/0011-no-intl.md).";
const noIntlProperties = [
  ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].map((property) => ({
    property,
    message: `${property} ${NO_INTL} Format dates and numbers with src/ui/format-en-us.ts.`,
  })),
  { property: 'localeCompare', message: `localeCompare ${NO_INTL} Order strings with compareCodeUnits (src/assessment/order.ts).` },
  ...['globalThis', 'window', 'self'].map((object) => ({ object, property: 'Intl', message: `Intl ${NO_INTL} Use src/ui/format-en-us.ts.` })),
];

/** Kebab-case names; `.test.ts`, `.d.ts` and the like are not part of the name. */
const KEBAB = '+([a-z0-9])*(-+([a-z0-9]))';

/** Features may not import each other: shared pieces go to src/ui (no domain) or src/assessment. */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((other) => other !== feature).flatMap((other) => [`**/features/${other}/**`, `../${other}/**`]),
            message: 'Features do not import each other; move shared code to src/ui or src/assessment.',
          },
          { group: ['**/app/**'], message: 'Features do not import the app shell.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The domain is plain TypeScript: no React, no state, no views.
    files: ['src/assessment/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'src/assessment is the domain: no React.' },
            { name: 'react-dom', message: 'src/assessment is the domain: no React.' },
            { name: 'zustand', message: 'src/assessment is the domain: no state.' },
          ],
          patterns: [{ group: ['**/state/**', '**/ui/**', '**/features/**', '**/app/**', 'react-router', 'react/*', 'zustand/*'], message: 'src/assessment imports nothing from React, state or UI.' }],
        },
      ],
    },
  },
  {
    // Shared UI is presentational: no domain, no state.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/assessment/**', '**/state/**', '**/features/**', '**/app/**'], message: 'src/ui holds presentational components with no domain imports.' }] },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/features/**', '**/app/**', 'react-router'], message: 'State depends only on the domain.' }] }],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // As import-x's TypeScript preset: without .ts/.tsx here, no-cycle reads no TypeScript module.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'no-restricted-globals': ['error', { name: 'Intl', message: `Intl ${NO_INTL} Use src/ui/format-en-us.ts.` }],
      'no-restricted-properties': ['error', ...noIntlProperties],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Files ESLint does not parse still have their names checked.
    files: ['{src,tests,scripts}/**/*.{scss,md,json,woff2}'],
    processor: checkFile.processors['eslint-processor-check-file'],
  },
  {
    files: ['{src,tests,scripts}/**/*'],
    // A processed file is linted as <path>/0_<path>: these patterns match it by how it ends.
    ignores: ['**/README.md', 'src/styles/**/_*.scss', 'src/styles/fonts/**/PublicSans-*.woff2'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*': KEBAB }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{src,tests,scripts}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
