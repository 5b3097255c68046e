import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../core/errors.js';
import { AUDIT_KEY } from '../audit/audit-key.js';
import { keyFingerprint, readKeyFile, writeKeyFile, type KeySpec } from '../crypto/key-file.js';
import { PERSONAL_DATA_KEY } from '../crypto/personal-data-cipher.js';

/**
 * How the keys travel with a backup. The database holds ciphertext (personal data) and an HMAC chain
 * (audit log) that only the keys kept outside it open, so a backup names each key by its fingerprint
 * and — when the operator gives a passphrase — carries the keys themselves, encrypted under it
 * (scrypt → AES-256-GCM, the fingerprints bound in as associated data). A restore settles the keys
 * before it writes anything: with the passphrase it installs the backup's keys (key files, 0600);
 * without, the keys present must be the backup's, else it refuses, naming the fingerprints needed.
 */

export const BACKUP_KEYS: Record<KeyKind, KeySpec> = { personalData: PERSONAL_DATA_KEY, audit: AUDIT_KEY };
export type KeyKind = 'personalData' | 'audit';
const KINDS: KeyKind[] = ['personalData', 'audit'];
export type BackupKeys = Record<KeyKind, Buffer>;

export interface SealedKeys {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export interface BackupKeyHeader {
  /** each key's fingerprint and file name (its id) */
  keys: Record<KeyKind, { file: string; fingerprint: string }>;
  /** the keys, encrypted under the operator's passphrase; absent when no passphrase was given */
  sealedKeys?: SealedKeys;
}

/** scrypt at N = 2^15, r = 8: about 0.1 s and 32 MiB per try, so guessing a passphrase is slow */
const SCRYPT = { N: 1 << 15, r: 8, p: 1 };
export const MIN_PASSPHRASE = 12;

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r * params.p });
}

const fingerprintsOf = (keys: BackupKeyHeader['keys']) => Buffer.from(KINDS.map((k) => `${k}=${keys[k].fingerprint}`).join('\n'));

export function keyHeader(keys: BackupKeys, passphrase?: string): BackupKeyHeader {
  const fingerprints = Object.fromEntries(KINDS.map((k) => [k, { file: BACKUP_KEYS[k].file, fingerprint: keyFingerprint(keys[k]) }])) as BackupKeyHeader['keys'];
  if (passphrase === undefined) return { keys: fingerprints };
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new DomainError('VALIDATION_FAILED', { zh: `备份口令太短：至少 ${MIN_PASSPHRASE} 个字符`, en: `The backup passphrase is too short: at least ${MIN_PASSPHRASE} characters` });
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(fingerprintsOf(fingerprints));
  const plain = Buffer.from(JSON.stringify(Object.fromEntries(KINDS.map((k) => [k, keys[k].toString('base64')]))));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    keys: fingerprints,
    sealedKeys: { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
  };
}

function openSealedKeys(header: Required<BackupKeyHeader>, passphrase: string): BackupKeys {
  const sealed = header.sealedKeys;
  let plain: Buffer;
  try {
    if (sealed.kdf !== 'scrypt' || sealed.N > 1 << 20 || sealed.r > 32 || sealed.p > 16) throw new Error('unsupported key derivation');
    const decipher = createDecipheriv('aes-256-gcm', derive(passphrase, Buffer.from(sealed.salt, 'base64'), sealed), Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(fingerprintsOf(header.keys));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    throw new DomainError('KEY_MISMATCH', {
      zh: '备份口令不正确：无法打开备份中加密保存的密钥。请给出做备份时所用的口令（--passphrase-file 或环境变量 JIXIAO_BACKUP_PASSPHRASE）；未做任何恢复',
      en: 'Wrong backup passphrase: the keys sealed in the backup cannot be opened. Give the passphrase the backup was made with (--passphrase-file or JIXIAO_BACKUP_PASSPHRASE); nothing was restored',
    });
  }
  const parsed = JSON.parse(plain.toString('utf8')) as Record<KeyKind, string>;
  const keys = Object.fromEntries(KINDS.map((k) => [k, Buffer.from(parsed[k], 'base64')])) as BackupKeys;
  for (const k of KINDS) if (keyFingerprint(keys[k]) !== header.keys[k].fingerprint) throw new Error(`sealed ${k} key does not match its fingerprint`);
  return keys;
}

/** The keys this installation has: from the environment (fixed) or from the data folder's key files. */
export interface PresentKeys {
  dataDir: string;
  env: Partial<Record<KeyKind, string | undefined>>;
}

export interface KeyPlan {
  /** the keys the restored data needs (and will have) */
  keys: BackupKeys;
  /** key files to write once the data is restored */
  install: KeyKind[];
}

/**
 * Decide, before anything is written, with which keys the backup's data will be readable — or refuse
 * with a message naming the fingerprint needed and where the key must go.
 */
export function planRestoreKeys(header: Partial<BackupKeyHeader>, present: PresentKeys, passphrase: string | undefined): KeyPlan {
  if (!header.keys) {
    throw new DomainError('CONFLICT', {
      zh: '该备份没有记录密钥指纹（jixiao 早期版本所做的备份），无法确认恢复后个人信息和审计日志可读：请用生成该备份的 jixiao 版本恢复，再用当前版本重新备份',
      en: 'This backup records no key fingerprints (made by an earlier jixiao): restore it with the version that made it, then back up again with this one',
    });
  }
  const needed = header.keys;
  const sealed = header.sealedKeys && passphrase !== undefined ? openSealedKeys(header as Required<BackupKeyHeader>, passphrase) : null;
  const keys = {} as BackupKeys;
  const install: KeyKind[] = [];
  const problems: { zh: string; en: string }[] = [];
  for (const kind of KINDS) {
    const spec = BACKUP_KEYS[kind];
    const fingerprint = needed[kind].fingerprint;
    const envText = present.env[kind];
    const envKey = envText ? Buffer.from(envText, 'base64') : null;
    const fileKey = envKey ? null : readKeyFile(present.dataDir, spec);
    const current = envKey ?? fileKey;
    if (current && keyFingerprint(current) === fingerprint) {
      keys[kind] = current;
      continue;
    }
    if (sealed) {
      if (envKey) {
        problems.push({
          zh: `环境变量 ${spec.env} 设定的${spec.label}（指纹 ${keyFingerprint(envKey)}）不是备份所用的密钥（指纹 ${fingerprint}）：请取消该环境变量（恢复会把备份中的密钥写入数据目录的 ${spec.file}），或把它设为备份的密钥`,
          en: `${spec.env} holds another key (fingerprint ${keyFingerprint(envKey)}) than the backup's (${fingerprint}): unset it (restore then writes the backup's key to ${spec.file}) or set it to the backup's key`,
        });
        continue;
      }
      keys[kind] = sealed[kind];
      install.push(kind);
      continue;
    }
    const have = current ? `${envKey ? `环境变量 ${spec.env}` : `数据目录中的 ${spec.file}`}是另一把密钥（指纹 ${keyFingerprint(current)}）` : `本机没有${spec.label}（既无环境变量 ${spec.env}，数据目录中也没有 ${spec.file}）`;
    problems.push({
      zh: `备份的数据需要指纹为 ${fingerprint} 的${spec.label}，而${have}`,
      en: `The backup needs the ${spec.file} key with fingerprint ${fingerprint}; ${current ? `the present key is another one (${keyFingerprint(current)})` : 'there is none here'}`,
    });
  }
  if (problems.length > 0) {
    const how = header.sealedKeys
      ? passphrase === undefined
        ? '该备份带有用口令加密的密钥：请用 --passphrase-file 或环境变量 JIXIAO_BACKUP_PASSPHRASE 给出做备份时的口令'
        : ''
      : '该备份没有带密钥：请把原来的密钥文件复制到数据目录（或设置相应环境变量）后再恢复';
    throw new DomainError('KEY_MISMATCH', {
      zh: `不能恢复，未做任何改动：${problems.map((p) => p.zh).join('；')}。${how}`.replace(/。$/, ''),
      en: `Cannot restore, nothing changed: ${problems.map((p) => p.en).join('; ')}`,
    });
  }
  return { keys, install };
}

/** Write the planned key files (0600); a different key file already there is kept beside it. */
export function installRestoreKeys(dataDir: string, plan: KeyPlan, now: Date = new Date()): string[] {
  const written: string[] = [];
  for (const kind of plan.install) {
    const spec = BACKUP_KEYS[kind];
    const previous = readKeyFile(dataDir, spec);
    if (previous && !previous.equals(plan.keys[kind])) {
      copyFileSync(path.join(dataDir, spec.file), path.join(dataDir, `${spec.file}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`));
    }
    written.push(writeKeyFile(dataDir, spec, plan.keys[kind]));
  }
  return written;
}
