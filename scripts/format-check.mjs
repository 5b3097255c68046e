#!/usr/bin/env node
// `npm run format:check [base]`: Prettier (.prettierrc.json) over the TypeScript files changed since `base`
// (default main) — formatting is one tool's, checked on what a branch touches, so nobody reformats the
// whole codebase in one commit. `npm run format -- <files>` writes them.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const base = process.argv[2] ?? 'main';
const changed = execSync(`git diff --name-only --diff-filter=ACMR ${base}...HEAD && git diff --name-only --diff-filter=ACMR HEAD`, { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith('src/db/migrations/') && existsSync(f));
const files = [...new Set(changed)];
if (files.length === 0) {
  console.log(`No TypeScript files changed since ${base}.`);
  process.exit(0);
}
const result = spawnSync('npx', ['prettier', '--check', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
