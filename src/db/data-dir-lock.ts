import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../core/errors.js';

/**
 * PGlite is one process's database: two writers on one data folder corrupt it. Whoever opens the
 * folder (the server or a CLI command) holds this lock file; a second opener is refused with a
 * message that says who holds it and what to do. A lock whose process is gone is taken over.
 */

export interface LockHolder {
  pid: number;
  role: 'server' | 'cli';
  port?: number;
  command?: string;
  startedAt: string;
}

const LOCK_FILE = 'jixiao.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

export function describeHolder(holder: LockHolder): string {
  return holder.role === 'server'
    ? `正在运行的 jixiao 服务器（进程 ${holder.pid}${holder.port ? `，端口 ${holder.port}` : ''}）`
    : `另一个 jixiao 命令（进程 ${holder.pid}${holder.command ? `：${holder.command}` : ''}）`;
}

export function acquireDataDirLock(dataDir: string, holder: Omit<LockHolder, 'pid' | 'startedAt'>): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = { ...holder, pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readHolder(file);
        if (current?.pid === process.pid) {
          try {
            unlinkSync(file);
          } catch {
            /* already gone */
          }
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = readHolder(file);
      if (other && other.pid !== process.pid && alive(other.pid)) {
        throw new DomainError(
          'DATA_DIR_LOCKED',
          {
            zh:
              `数据目录 ${dataDir} 正被${describeHolder(other)}使用。内置数据库同一时间只能由一个进程打开：` +
              `请先停止它再运行此命令，或在网页中操作，或设置 DATABASE_URL 改用 PostgreSQL。`,
            en: `The data folder ${dataDir} is in use by another jixiao process (pid ${other.pid}); the embedded database can be opened by one process at a time: stop it first, work in the web app, or set DATABASE_URL to use PostgreSQL.`,
          },
          { holder: other },
        );
      }
      // stale lock from a process that is gone (or unreadable): take it over
      try {
        unlinkSync(file);
      } catch {
        /* raced with another taker */
      }
    }
  }
  throw new DomainError('DATA_DIR_LOCKED', { zh: `无法锁定数据目录 ${dataDir}，请稍后重试`, en: `Cannot lock the data folder ${dataDir}: try again shortly` });
}
