import path from 'node:path';
import { z } from 'zod';

/**
 * The environment, parsed once. A bad value stops start-up with a list of what is wrong and how to
 * fix it, instead of failing later somewhere deep.
 */
const ZConfig = z.object({
  JIXIAO_DATA_DIR: z.string().min(1).default('data').describe('folder for the embedded database and the key file'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('use a PostgreSQL server instead of the embedded PGlite database'),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('a PostgreSQL read replica of DATABASE_URL: dashboards (the county rollup) read from it'),
  PORT: z.coerce.number({ error: 'must be a port number (1–65535)' }).int().min(1, 'must be a port number (1–65535)').max(65535, 'must be a port number (1–65535)').default(3000),
  HOST: z.string().default('0.0.0.0'),
  JIXIAO_DATA_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional()
    .describe('AES-256-GCM key for personal data; without it a key file is created in the data folder'),
  JIXIAO_AUDIT_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional()
    .describe('HMAC key of the audit chain; without it a key file (audit.key) is created in the data folder'),
  JIXIAO_BACKUP_PASSPHRASE: z
    .string()
    .min(12, 'must be at least 12 characters')
    .optional()
    .describe('passphrase under which `jixiao backup` includes the keys and `jixiao restore` opens them (or --passphrase-file)'),
  JIXIAO_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  JIXIAO_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  JIXIAO_SECURE_COOKIES: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  JIXIAO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export type Config = z.infer<typeof ZConfig> & { dataDir: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZConfig.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.JIXIAO_DATA_DIR) };
}
