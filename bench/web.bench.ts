import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Issue 13 items 9 and 10, measured on the real server (`node bin/jixiao.js serve`, PGlite):
 * - cold start: from spawning the process to the first answer of /api/health, on an empty data
 *   folder without the migrated template (create + migrate, then the template is written), on
 *   another empty folder (loaded from the template), and again on that folder (aim: a few seconds);
 * - first load: the bytes on the wire for the login page — index.html, the entry chunk and the
 *   login route's chunks with everything they import (followed through Vite's manifest), each
 *   requested from the server with Accept-Encoding br (then gzip) (aim ≤ 250 kB compressed).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web/dist');

export default async function webBench(): Promise<void> {
  // what `npm start` does: build only when the sources changed
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-web.ts', '--if-changed', '--quiet'], { cwd: root, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('web build failed: run `npm run build:web`');

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-web-bench-'));
  const noTemplate = mkdtempSync(path.join(os.tmpdir(), 'jixiao-web-bench-cache-'));
  try {
    // without the migrated template (src/db/pglite-template.ts): what every first start cost before
    const slow = await startServer(path.join(dataDir, 'no-template'), { JIXIAO_TEMPLATE_CACHE: noTemplate });
    report('cold start to /api/health, empty folder, no template', slow.ms, 'before: create + migrate');
    await stop(slow.child);
    const empty = await startServer(path.join(dataDir, 'data'), { JIXIAO_TEMPLATE_CACHE: noTemplate });
    report('cold start to /api/health, empty folder, from template', empty.ms, 'a few s');
    try {
      for (const encoding of ['br', 'gzip'] as const) {
        const load = await firstLoad(empty.url, encoding);
        console.log(`${`first load of /login (${load.files} files, ${encoding})`.padEnd(58)} ${(load.bytes / 1000).toFixed(1).padStart(8)} kB  (aim ≤ 250 kB; uncompressed ${(load.raw / 1000).toFixed(0)} kB)`);
      }
    } finally {
      await stop(empty.child);
    }
    const existing = await startServer(path.join(dataDir, 'data'), { JIXIAO_TEMPLATE_CACHE: noTemplate });
    report('cold start to /api/health, existing data folder', existing.ms, 'a few s');
    await stop(existing.child);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(noTemplate, { recursive: true, force: true });
  }
}

function report(label: string, ms: number, aim: string): void {
  console.log(`${label.padEnd(58)}        ${ms.toFixed(0).padStart(8)} ms  (once, aim ${aim})`);
}

async function startServer(dataDir: string, extra: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, JIXIAO_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL; // the embedded database is what a first start creates
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/jixiao.js'), 'serve'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { child, url, ms: performance.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface ManifestEntry {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The login page's files: index.html, what the entry imports, and the login route's chunk with its imports. */
export function loginPageFiles(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
  const login = Object.keys(manifest).find((key) => key.endsWith('pages/login/login-page.tsx'));
  if (!login) throw new Error('the manifest has no login page chunk');
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) walk(imported);
  };
  walk('index.html');
  walk(login);
  const files = new Set<string>(['index.html']);
  for (const key of seen) {
    files.add(manifest[key]!.file);
    for (const css of manifest[key]!.css ?? []) files.add(css);
  }
  return [...files];
}

/** Requests every file of the login page as a browser would and counts the body bytes sent. */
async function firstLoad(url: string, encoding: 'br' | 'gzip'): Promise<{ bytes: number; raw: number; files: number }> {
  const files = loginPageFiles(dist);
  let bytes = 0;
  let raw = 0;
  for (const file of files) {
    const response = await fetch(`${url}/${file === 'index.html' ? 'login' : file}`, { headers: { 'accept-encoding': encoding } });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    // fetch decodes the body; the wire size is the Content-Length of the encoded reply
    const sent = Number(response.headers.get('content-length'));
    const body = await response.arrayBuffer();
    raw += body.byteLength;
    bytes += Number.isFinite(sent) && sent > 0 ? sent : body.byteLength;
  }
  return { bytes, raw, files: files.length };
}
