// A process that takes a data folder's lock as the server does and keeps it: `node --import tsx
// test/helpers/lock-holder.ts <dir>` prints "locked" once it holds the lock, then waits to be killed.
import { acquireDataDirLock } from '../../src/db/data-dir-lock.js';

acquireDataDirLock(process.argv[2]!, { role: 'server', port: 3999 });
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
