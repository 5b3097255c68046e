import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../core/errors.js';

/**
 * PGlite is one process's database: two writers on one data folder corrupt it. Whoever opens the
 * folder (the server or a CLI command) holds this lock file; a second opener is refused with a
 * message that says who holds it and what to do. A lock whose holder is gone is taken over, and
 * "gone" is decided carefully, since a restart right after a crash must not be refused: a process
 * killed but not yet reaped (a zombie) is gone, and so is a live process that merely reuses the
 * holder's pid — the lock records the holder's start time (Linux /proc, with the boot id), and
 * only the very process that wrote it still holds it.
 */

export interface LockHolder {
  pid: number;
  role: 'server' | 'cli';
  port?: number;
  command?: string;
  startedAt: string;
  /** the holder's start time in clock ticks since boot (/proc/<pid>/stat field 22), on Linux */
  processStart?: number;
  /** /proc/sys/kernel/random/boot_id when the lock was taken: start times compare within one boot */
  bootId?: string;
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

interface ProcessInfo {
  state: string;
  startTicks: number;
  cmdline: string | null;
}

/** What Linux says about a process; null where there is no /proc (macOS, Windows) or no such process. */
function processInfo(pid: number | 'self'): ProcessInfo | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so fields are read after the last ")"
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  let cmdline: string | null;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    cmdline = null;
  }
  return { state: fields[0] ?? '', startTicks: Number(fields[19]), cmdline };
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** How jixiao runs: bin/jixiao.js (or the installed `jixiao` link), or the CLI's source under tsx. */
const JIXIAO_COMMAND = /jixiao|src\/cli\/main\.ts/;

/** Why the lock's holder no longer holds it, or null while it does. */
export function holderGone(holder: LockHolder): string | null {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return '锁文件无法识别';
  if (!alive(holder.pid)) return `进程 ${holder.pid} 已不存在`;
  const info = processInfo(holder.pid);
  // without /proc (or with other users' processes hidden) a signal-0 probe is all there is
  if (info === null) return null;
  if (info.state === 'Z' || info.state === 'X') return `进程 ${holder.pid} 已结束（尚未被回收）`;
  if (holder.processStart !== undefined && holder.bootId !== undefined && holder.bootId === bootId()) {
    return info.startTicks === holder.processStart ? null : `进程号 ${holder.pid} 已被另一个进程重新使用`;
  }
  // a lock without a start time (or from before a reboot): the pid must at least be running jixiao
  if (info.cmdline !== null && !JIXIAO_COMMAND.test(info.cmdline)) return `进程号 ${holder.pid} 现在属于另一个程序`;
  return null;
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

export function acquireDataDirLock(
  dataDir: string,
  holder: Omit<LockHolder, 'pid' | 'startedAt' | 'processStart' | 'bootId'>,
  log: (line: string) => void = (line) => console.error(line),
): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const self = processInfo('self');
  const boot = bootId();
  const me: LockHolder = {
    ...holder,
    pid: process.pid,
    startedAt: new Date().toISOString(),
    ...(self && Number.isFinite(self.startTicks) && boot ? { processStart: self.startTicks, bootId: boot } : {}),
  };
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
      // a lock of this very process (never released) is simply taken again
      const gone = other === null ? '锁文件无法识别' : other.pid === process.pid ? null : holderGone(other);
      if (other && other.pid !== process.pid && gone === null) {
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
      // a stale lock (its holder gone, or unreadable): take it over, and say so
      if (gone !== null && attempt === 0) {
        const who = other ? `${other.role === 'server' ? 'jixiao 服务器' : 'jixiao 命令'}，进程 ${other.pid}` : '无法识别';
        log(`jixiao：数据目录 ${dataDir} 的锁（${who}）已失效：${gone}。已接管。`);
      }
      try {
        unlinkSync(file);
      } catch {
        /* raced with another taker */
      }
    }
  }
  throw new DomainError('DATA_DIR_LOCKED', { zh: `无法锁定数据目录 ${dataDir}，请稍后重试`, en: `Cannot lock the data folder ${dataDir}: try again shortly` });
}
