#!/usr/bin/env node
// `npm test`: everything the suite needs, then the suite.
//  1. Debian's chromium and fonts-noto-cjk for the browser tests (installed when missing; machines run as root)
//  2. the type check (server and web), the linter (eslint.config.js: import boundaries, floating promises,
//     unused code) and a fresh build of the web app (the browser tests drive web/dist)
//  3. vitest over every test (PGlite by default; PostgreSQL when DATABASE_URL is set)
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fontsPresent = () => spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .']).status === 0;

if (!existsSync(chromium) || !fontsPresent()) {
  if (process.getuid?.() !== 0) {
    console.error(`Browser tests need Debian's chromium and fonts-noto-cjk. Install them: sudo apt-get install -y chromium fonts-noto-cjk`);
    process.exit(1);
  }
  console.log('Installing chromium and fonts-noto-cjk for the browser tests (about a minute)…');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk');
}

run('npx tsc -p tsconfig.json --noEmit');
run('npx tsc -p web/tsconfig.json --noEmit');
run('npx eslint --max-warnings=0 .');
run('npx vite build --config web/vite.config.ts --logLevel warn');
console.log(`Running the suite on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'}…`);
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
