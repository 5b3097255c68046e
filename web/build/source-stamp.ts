import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What the built web app (web/dist) is made of: the web sources, the server code it shares
 * (src/core, src/contract, src/documents — see vite.config.ts), the build configuration and the
 * locked dependencies. `npm start` rebuilds only when this hash differs from the one the last build
 * wrote into web/dist/build-stamp.json.
 */
export const STAMP_FILE = 'build-stamp.json';

const INPUTS = ['web/src', 'web/build', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'src/core', 'src/contract', 'src/documents', 'package-lock.json'];

export function webSourceHash(repoRoot: string): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(repoRoot, relative);
    if (!existsSync(full)) return;
    const entries = readdirSync(full, { withFileTypes: true });
    for (const entry of entries) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) files.push(child);
    }
  };
  for (const input of INPUTS) {
    const full = path.join(repoRoot, input);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) walk(input);
    else files.push(input);
  }
  for (const file of files.sort()) {
    hash.update(file).update('\0').update(readFileSync(path.join(repoRoot, file))).update('\0');
  }
  return hash.digest('hex');
}

/** The hash the last completed build recorded, or null (no build, or one from before stamps). */
export function builtHash(distDir: string): string | null {
  try {
    const stamp = JSON.parse(readFileSync(path.join(distDir, STAMP_FILE), 'utf8')) as { sources?: unknown };
    return typeof stamp.sources === 'string' ? stamp.sources : null;
  } catch {
    return null;
  }
}
