// ESLint 9 flat config: the house rules that hold by themselves (ARCHITECTURE.md, "Rules the linter keeps").
// Import boundaries per folder, plus correctness rules that need types (no floating promises) and no unused code.
import tseslint from 'typescript-eslint';

const DRIZZLE = { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only the data layer (src/repositories, src/registers, src/db) talks to drizzle.' };
const IO = [
  { group: ['node:*', 'fs', 'fs/*', 'path', 'crypto', 'child_process', 'pg', '@electric-sql/*', 'fastify', 'fastify-*', '@fastify/*'], message: 'src/core is pure: no I/O, no node:*, no fastify.' },
  DRIZZLE,
  // by path right after the ../ steps, so `../contract/api/…` (types) stays allowed while `../api/…` is not
  { regex: '^(\\.\\./)+(db|repositories|app|api|registers|documents|cli)(/|$)|(^|/)config\\.js$', message: 'src/core imports only contract (types) and itself.' },
];
const NO_REPOSITORIES = { group: ['**/repositories/*', '**/db/schema/*', '**/db/schema/**', '**/*.repository.js'], message: 'The API calls one use-case (src/app, src/registers/framework): no repositories, no tables.' };
const NO_DATABASE = { group: ['**/db/*'], message: 'Routes call one use-case (src/app, src/registers/framework): no database.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'src/db/migrations/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['src/**/*.ts', 'web/src/**/*.ts', 'web/src/**/*.tsx', 'test/**/*.ts', 'bench/**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  { files: ['src/core/**/*.ts'], ignores: ['src/core/**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: IO }] } },
  {
    files: ['src/app/**/*.ts', 'src/api/**/*.ts', 'src/cli/**/*.ts', 'src/documents/**/*.ts', 'src/contract/**/*.ts', 'src/config.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DRIZZLE] }] },
  },
  { files: ['src/api/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [DRIZZLE, NO_REPOSITORIES] }] } },
  { files: ['src/api/routes/**/*.ts', 'src/api/plugins/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [DRIZZLE, NO_REPOSITORIES, NO_DATABASE] }] } },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // the web reads the server's contract and core only (the layout of the goal-book tables is pure and shared with the exporters)
            { regex: '^(\\.\\./)+src/(?!contract/|core/|documents/export/(layout|goal-book-layout)$)', message: 'The web imports only src/contract and src/core from the server side.' },
            DRIZZLE,
          ],
        },
      ],
    },
  },
);
