import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';
import { STAMP_FILE, webSourceHash } from './source-stamp.js';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** below this a compressed copy saves less than the header it costs */
const MIN_BYTES = 1024;

/**
 * Writes name.br and name.gz beside every compressible file of `dir` (recursively); returns how many.
 * The .gz is Zopfli's (a gzip any browser reads, ≈ 6 % smaller than zlib -9): gzip is what a browser
 * asks for over plain http, the way most county intranets serve, so it is the first load that counts.
 * One iteration: more saves another 0.3 % at twice the build time.
 */
export async function precompressDir(dir: string): Promise<number> {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) count += await precompressDir(full);
    else if (COMPRESSIBLE.test(entry.name) && statSync(full).size >= MIN_BYTES) {
      const bytes = readFileSync(full);
      writeFileSync(`${full}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      writeFileSync(`${full}.gz`, await gzipAsync(bytes, { numiterations: 1 }));
      count++;
    }
  }
  return count;
}

/**
 * After the bundle is written: a .br (brotli, best quality) and a .gz (Zopfli) beside every
 * compressible file, which @fastify/static serves as is (`preCompressed`), so the server never
 * compresses a static file per request; then the source stamp (see source-stamp.ts), written last so
 * an interrupted build leaves no stamp and the next `npm start` builds again.
 */
export function precompressAndStamp(repoRoot: string): Plugin {
  let outDir = '';
  let sources = '';
  return {
    name: 'jixiao-precompress-and-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    buildStart() {
      sources = webSourceHash(repoRoot);
    },
    async closeBundle() {
      const count = await precompressDir(outDir);
      writeFileSync(path.join(outDir, STAMP_FILE), `${JSON.stringify({ sources, builtAt: new Date().toISOString(), precompressed: count })}\n`);
    },
  };
}
