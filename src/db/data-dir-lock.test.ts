import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './data-dir-lock.js';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-'));

describe('acquireDataDirLock', () => {
  it('refuses a second opener while the holder lives, naming it', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
    writeFileSync(path.join(dir, 'jixiao.lock'), JSON.stringify({ pid: holder.pid, role: 'server', port: 3000, startedAt: '' }));
    try {
      expect(() => acquireDataDirLock(dir, { role: 'cli', command: 'import' })).toThrow(/正在运行的 jixiao 服务器（进程 \d+，端口 3000）/);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'jixiao.lock'), JSON.stringify({ pid: 999_999_9, role: 'cli', startedAt: '' }));
    const release = acquireDataDirLock(dir, { role: 'cli' });
    expect(existsSync(path.join(dir, 'jixiao.lock'))).toBe(true);
    release();
    expect(existsSync(path.join(dir, 'jixiao.lock'))).toBe(false);
  });
});
