import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, type LockHolder } from './data-dir-lock.js';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-'));
const HOLDER = path.resolve(import.meta.dirname, '../../test/helpers/lock-holder.ts');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** a separate process holding the lock of `dir` as a server does */
async function holderOf(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  return child;
}

function other(command: string[]): ChildProcess {
  const child = spawn(command[0]!, command.slice(1), { stdio: 'ignore' });
  children.push(child);
  return child;
}

const state = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
};
/** sleep without returning to the event loop, so Node cannot reap a killed child meanwhile */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const lockOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'jixiao.lock'), 'utf8')) as LockHolder;
const writeLock = (dir: string, holder: Partial<LockHolder>) => writeFileSync(path.join(dir, 'jixiao.lock'), JSON.stringify({ role: 'server', startedAt: '', ...holder }));

describe('acquireDataDirLock', () => {
  it('refuses a second opener while the holder lives, naming it', async () => {
    const dir = tempDir();
    const holder = await holderOf(dir);
    expect(lockOf(dir)).toMatchObject({ pid: holder.pid, role: 'server', processStart: expect.any(Number), bootId: expect.any(String) });
    expect(() => acquireDataDirLock(dir, { role: 'cli', command: 'import' })).toThrow(/正在运行的 jixiao 服务器（进程 \d+，端口 3999）/);
  });

  it('opens at once after the holder was killed (SIGKILL), before it is even reaped, and says so', async () => {
    const dir = tempDir();
    const holder = await holderOf(dir);
    const pid = holder.pid!;
    holder.kill('SIGKILL');
    // a killed process stays a zombie until its parent reaps it: the moment a restart used to be refused
    for (let waited = 0; state(pid) !== 'Z'; waited++) {
      if (waited > 5000) throw new Error('the holder did not die');
      pause(1);
    }
    const lines: string[] = [];
    const release = acquireDataDirLock(dir, { role: 'server', port: 3000 }, (line) => lines.push(line));
    expect(lockOf(dir).pid).toBe(process.pid);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`锁（jixiao 服务器，进程 ${pid}）已失效：进程 ${pid} 已结束（尚未被回收）。已接管`))]);
    release();
    expect(existsSync(path.join(dir, 'jixiao.lock'))).toBe(false);
  });

  it('takes over a lock whose pid now belongs to another process (different start time, or not jixiao)', async () => {
    const sleeper = other(['sleep', '30']);
    await new Promise((resolve) => sleeper.once('spawn', resolve));
    const reused = tempDir();
    // the lock says the process started at another time: the pid was reused
    const self = readFileSync('/proc/self/stat', 'utf8');
    const ticks = Number(self.slice(self.lastIndexOf(')') + 2).split(' ')[19]);
    writeLock(reused, { pid: sleeper.pid!, processStart: ticks + 1, bootId: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() });
    const lines: string[] = [];
    acquireDataDirLock(reused, { role: 'cli' }, (line) => lines.push(line))();
    expect(lines[0]).toContain(`进程号 ${sleeper.pid} 已被另一个进程重新使用`);
    // an older lock without a start time: the pid must at least be running jixiao
    const older = tempDir();
    writeLock(older, { pid: sleeper.pid! });
    lines.length = 0;
    acquireDataDirLock(older, { role: 'cli' }, (line) => lines.push(line))();
    expect(lines[0]).toContain(`进程号 ${sleeper.pid} 现在属于另一个程序`);
  });

  it('still refuses an older lock (no start time) whose pid runs jixiao', async () => {
    const dir = tempDir();
    const jixiaoLike = other([process.execPath, '-e', 'setInterval(() => {}, 60000)', 'bin/jixiao.js', 'serve']);
    await new Promise((resolve) => jixiaoLike.once('spawn', resolve));
    writeLock(dir, { pid: jixiaoLike.pid!, port: 3000 });
    expect(() => acquireDataDirLock(dir, { role: 'cli', command: 'import' })).toThrow(/正在运行的 jixiao 服务器（进程 \d+，端口 3000）/);
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    const dir = tempDir();
    writeLock(dir, { pid: 999_999_9, role: 'cli' });
    const lines: string[] = [];
    const release = acquireDataDirLock(dir, { role: 'cli' }, (line) => lines.push(line));
    expect(existsSync(path.join(dir, 'jixiao.lock'))).toBe(true);
    expect(lines[0]).toContain('进程 9999999 已不存在');
    release();
    expect(existsSync(path.join(dir, 'jixiao.lock'))).toBe(false);
  });
});
