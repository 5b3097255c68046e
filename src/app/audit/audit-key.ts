import { loadKey, type KeySpec } from '../crypto/key-file.js';

/**
 * The audit chain's HMAC key, kept outside the database like the personal-data key: JIXIAO_AUDIT_KEY,
 * or <data>/audit.key (0600, created on first start). Whoever can write the database but does not
 * hold this key cannot forge an entry's hash. A process serves one data folder, so the key is set
 * once when the server or a CLI command opens the database (`useAuditKey`); every `recordAudit` and
 * `verifyAuditChain` of the process uses it.
 */
export const AUDIT_KEY: KeySpec = { file: 'audit.key', env: 'JIXIAO_AUDIT_KEY', label: '审计链密钥' };

export function loadAuditKey(options: { envKey?: string | undefined; dataDir: string }): Buffer {
  return loadKey(options, AUDIT_KEY);
}

let current: Buffer | null = null;

export function useAuditKey(key: Buffer): void {
  if (key.length !== 32) throw new Error('audit key must be 32 bytes');
  current = key;
}

export function auditKey(): Buffer {
  if (!current) throw new Error('the audit key is not configured: call useAuditKey when opening the database');
  return current;
}
