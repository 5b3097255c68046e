import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useAuditKey } from '../src/app/audit/audit-key.js';

/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line, e.g.
 * `npm run bench -- spending`). Each module's default export prints its figures.
 */
// the benches write audit entries through the use-cases, as a server would under its audit key
useAuditKey(randomBytes(32));
const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
console.log(`jixiao benchmarks — node ${process.version}, ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite'}\n`);
for (const file of files) {
  console.log(`## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(path.join(dir, file))) as { default: () => Promise<void> };
  await mod.default();
  console.log('');
}
