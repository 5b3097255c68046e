import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { builtHash, webSourceHash } from '../web/build/source-stamp.js';

/**
 * `npm run build:web` builds the web app; `npm start` runs this with `--if-changed`, which skips the
 * build when web/dist was built from the same sources (the hash the build wrote into
 * web/dist/build-stamp.json), so a restart does not rebuild.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web/dist');
if (process.argv.includes('--if-changed') && builtHash(dist) === webSourceHash(root)) {
  console.log('网页已是最新构建（web/dist 与源码一致），跳过构建。');
} else {
  const started = performance.now();
  await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: process.argv.includes('--quiet') ? 'warn' : 'info' });
  console.log(`网页构建完成（${((performance.now() - started) / 1000).toFixed(1)} 秒）。`);
}
