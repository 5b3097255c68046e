import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPersonalDataKey, PersonalDataCipher } from './personal-data-cipher.js';

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(Buffer.alloc(32, 7));

  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1101051949');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('detects tampering', () => {
    const stored = cipher.encrypt('张三');
    const parts = stored.split(':');
    parts[3] = Buffer.from('李四').toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('creates a key file with mode 0600 once and reuses it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-key-'));
    const first = loadPersonalDataKey({ dataDir: dir });
    expect(statSync(path.join(dir, 'personal-data.key')).mode & 0o777).toBe(0o600);
    expect(loadPersonalDataKey({ dataDir: dir }).equals(first)).toBe(true);
    expect(loadPersonalDataKey({ dataDir: dir, envKey: Buffer.alloc(32, 1).toString('base64') }).equals(Buffer.alloc(32, 1))).toBe(true);
  });
});
