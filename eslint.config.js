import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['start', 'wizard', 'review', 'results', 'report', 'library', 'compare'];

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
          patterns: [
            { group: ['**/state/**', '**/ui/**', '**/features/**', '**/app/**', 'react-router', 'react/*', 'zustand/*'], message: 'src/assessment imports nothing from React, state or UI.' },
          ],
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
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/**', '**/features/**', '**/app/**', 'react-router'], message: 'State depends only on the domain.' }] },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
