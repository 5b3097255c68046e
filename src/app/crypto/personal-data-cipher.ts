import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import { keyFingerprint, loadKey, type KeySpec } from './key-file.js';

/**
 * Encryption at rest of personal data (ID numbers, names of people under correction, phone numbers):
 * AES-256-GCM with a random 96-bit IV per value; stored as "v1:<iv>:<tag>:<ciphertext>" (base64url).
 * The key comes from JIXIAO_DATA_KEY, or from a key file created on first start with mode 0600 in the
 * data folder. Whoever copies the database without the key sees ciphertext only.
 */

const PREFIX = 'v1';

export class PersonalDataCipher {
  private readonly key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('personal-data key must be 32 bytes');
    this.key = key;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [PREFIX, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
  }

  /** The key's fingerprint, which names it in messages and backups without revealing it. */
  get fingerprint(): string {
    return keyFingerprint(this.key);
  }

  /**
   * A value this key cannot open (the data was encrypted under another key, e.g. restored without
   * its key) is KEY_MISMATCH with a message saying what to do — never the cipher's bare exception.
   */
  decrypt(stored: string): string {
    const [version, iv, tag, data] = stored.split(':');
    if (version !== PREFIX || !iv || !tag || data === undefined) throw new Error('not an encrypted value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new DomainError('KEY_MISMATCH', {
        zh: `个人信息无法解密：本服务器的个人信息密钥（指纹 ${this.fingerprint}）不是加密这些数据时所用的密钥。请管理员配置原来的密钥（环境变量 ${PERSONAL_DATA_KEY.env} 或数据目录中的 ${PERSONAL_DATA_KEY.file}），或用带密钥的备份重新恢复（jixiao restore --passphrase-file）`,
        en: `Personal data cannot be decrypted: this server's personal-data key (fingerprint ${this.fingerprint}) is not the key the data was encrypted with. An administrator must configure the original key (${PERSONAL_DATA_KEY.env} or ${PERSONAL_DATA_KEY.file} in the data folder) or restore again from a backup that carries its key (jixiao restore --passphrase-file)`,
      });
    }
  }

  encryptNullable(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined || plain === '' ? null : this.encrypt(plain);
  }

  decryptNullable(stored: string | null): string | null {
    return stored === null ? null : this.decrypt(stored);
  }
}

export const PERSONAL_DATA_KEY: KeySpec = { file: 'personal-data.key', env: 'JIXIAO_DATA_KEY', label: '个人信息密钥' };
export const KEY_FILE = PERSONAL_DATA_KEY.file;

/** The key from the environment, else from <dataDir>/personal-data.key (created with mode 0600). */
export function loadPersonalDataKey(options: { envKey?: string | undefined; dataDir: string }): Buffer {
  return loadKey(options, PERSONAL_DATA_KEY);
}
