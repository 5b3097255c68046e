import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../core/errors.js';

/**
 * The secrets jixiao keeps outside its database — the personal-data key and the audit-chain key —
 * are 32 random bytes each, given in the environment (base64) or kept as a base64 file with mode
 * 0600 in the data folder, created on first start. A key is named by its fingerprint: the first 16
 * hex digits of its SHA-256, which says which key is needed without revealing it.
 */

export interface KeySpec {
  /** the key file's name in the data folder, e.g. personal-data.key */
  file: string;
  /** the environment variable that overrides the file, e.g. JIXIAO_DATA_KEY */
  env: string;
  /** what it keys, in Chinese, for messages: 个人信息密钥 */
  label: string;
}

export const KEY_LENGTH = 32;

export function keyFingerprint(key: Buffer): string {
  return `sha256:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function decodeKey(text: string, where: string, spec: KeySpec): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_LENGTH) {
    throw new DomainError('INVALID_STATE', {
      zh: `${spec.label}（${where}）无效：应为 32 字节的 base64 文本（可用 openssl rand -base64 32 生成）`,
      en: `The ${spec.file} key (${where}) is invalid: it must be 32 bytes in base64 (openssl rand -base64 32)`,
    });
  }
  return key;
}

/** The key file's content in the data folder, or null when there is none. */
export function readKeyFile(dataDir: string, spec: KeySpec): Buffer | null {
  const file = path.join(dataDir, spec.file);
  return existsSync(file) ? decodeKey(readFileSync(file, 'utf8'), file, spec) : null;
}

/** Write (or replace) the key file with mode 0600. */
export function writeKeyFile(dataDir: string, spec: KeySpec, key: Buffer): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, spec.file);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

/** The key from the environment, else from the data folder's key file (created on first use). */
export function loadKey(options: { envKey?: string | undefined; dataDir: string }, spec: KeySpec): Buffer {
  if (options.envKey) return decodeKey(options.envKey, spec.env, spec);
  return readKeyFile(options.dataDir, spec) ?? (() => {
    const key = randomBytes(KEY_LENGTH);
    writeKeyFile(options.dataDir, spec, key);
    return key;
  })();
}
