// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Folders that must run under plain Node, deterministically: no DOM, no wall clock, no RNG. */
const pureFolders = [
  'src/core/**',
  'src/machines/**',
  'src/scenario/**',
  'src/analysis/**',
  'src/simulator/**',
  'src/exercise/**',
];

const impure = (what) => `${what} is not allowed in pure code; pass it in from the edge (ui, cli).`;

export default defineConfig(
  globalIgnores([
    'dist/',
    'build/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'public/*.json',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // zod is configured once (without its JIT, whose eval probe breaks the CSP): schemas take
    // `z` from src/scenario/zod.ts.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ignores: ['src/scenario/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message:
                'Import { z } from src/scenario/zod.ts, which configures zod without its JIT.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JS config files are outside tsconfig.json: lint them without type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: pureFolders,
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: impure('Math.random (use a seeded stream)'),
        },
        { object: 'Date', property: 'now', message: impure('Date.now (the engine owns time)') },
        {
          object: 'performance',
          property: 'now',
          message: impure('performance.now (the engine owns time)'),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage'].map((name) => ({
          name,
          message: impure(`The DOM global ${name}`),
        })),
        ...['setTimeout', 'setInterval', 'requestAnimationFrame'].map((name) => ({
          name,
          message: impure(`${name} (real-time pacing lives in the UI)`),
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['lit', 'd3', 'd3-selection'].map((name) => ({
            name,
            message: impure(`Importing ${name}`),
          })),
          patterns: [
            {
              group: ['lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
              message: impure('Lit'),
            },
          ],
        },
      ],
    },
  },
);
