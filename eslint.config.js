import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

/** src/ui/features/<name>: each feature stands alone; features meet in src/ui/app. */
const features = readdirSync(new URL('./src/ui/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The one door to the `yaml` library is src/core/document (tests included). */
const yamlOutsideDocument = {
  group: ['yaml', 'yaml/*'],
  message: 'Read and print YAML through @/core/document/index.ts (readYaml, printManifestYaml…).',
};

/** What the pure core never imports. */
const corePatterns = [
  { group: ['react', 'react-dom', 'react/*'], message: 'src/core is pure TypeScript.' },
  {
    group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*', 'monaco-yaml'],
    message: 'Monaco lives in src/ui.',
  },
  { group: ['@/ui/*', '@/io/*', '@/cli/*'], message: 'src/core imports no outer layer.' },
];

const browserGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'location',
  'navigator',
  'fetch',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Doors between modules: no import cycles, and no feature reaching into another feature.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: features.map((feature) => ({
            target: `./src/ui/features/${feature}`,
            from: './src/ui/features',
            except: [`./${feature}`],
            message: 'Features do not import each other; they meet in src/ui/app.',
          })),
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*'],
    ignores: ['src/core/**', 'src/io/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [yamlOutsideDocument] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // The core is pure: no React, no DOM, no editor, no browser globals.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...corePatterns, yamlOutsideDocument] }],
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/ui/*'], message: 'src/io must not depend on the UI.' },
            yamlOutsideDocument,
          ],
        },
      ],
    },
  },
  {
    // The door itself: the core's rules without the `yaml` one.
    files: ['src/core/document/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: corePatterns }] },
  },
  {
    // mathjs is the formula engine's: everything else evaluates formulas through core/formula-engine.
    // (The typescript-eslint twin of the rule, so it adds to the layer rules above instead of replacing them.)
    files: ['src/**/*.ts', 'src/**/*.tsx', 'bench/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['src/core/formula-engine/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['mathjs', 'mathjs/*'],
              message: 'Import mathjs only inside src/core/formula-engine.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
