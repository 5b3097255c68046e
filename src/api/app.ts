import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { hasNoAccounts } from '../app/auth/needs-setup.js';
import { loadPersonalDataKey, PersonalDataCipher } from '../app/crypto/personal-data-cipher.js';
import { loadAuditKey, useAuditKey } from '../app/audit/audit-key.js';
import { sealUnkeyedAuditChain } from '../app/audit/record-audit.js';
import { ensureAggregates } from '../app/aggregates/aggregates.js';
import './types.js';
import controlCharactersPlugin from './plugins/control-characters.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import openapiPlugin from './plugins/openapi.js';
import securityPlugin from './plugins/security.js';
import webPlugin from './plugins/web.js';
import { registerRoutes } from './routes/index.js';

export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildAppOptions {
  database: Database;
  /** a PostgreSQL read replica (DATABASE_READ_URL) for dashboards; default: `database` */
  readDatabase?: Database | undefined;
  config: Config;
  logger?: boolean | Record<string, unknown>;
  /** folder of the built web app; null to serve the API only */
  webRoot?: string | null;
  /** personal-data cipher; by default keyed from JIXIAO_DATA_KEY or the data folder's key file */
  cipher?: PersonalDataCipher;
  /** the audit chain's HMAC key; by default JIXIAO_AUDIT_KEY or the data folder's audit.key */
  auditKey?: Buffer;
}

/** The whole HTTP application: plugins, then every route. Routes stay thin; use-cases do the work. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', options.database);
  app.decorate('readDb', (options.readDatabase ?? options.database).db);
  app.decorate('appConfig', options.config);
  app.decorate('cipher', options.cipher ?? new PersonalDataCipher(loadPersonalDataKey({ envKey: options.config.JIXIAO_DATA_KEY, dataDir: options.config.dataDir })));
  useAuditKey(options.auditKey ?? loadAuditKey({ envKey: options.config.JIXIAO_AUDIT_KEY, dataDir: options.config.dataDir }));
  await sealUnkeyedAuditChain({ db: options.database.db });
  await ensureAggregates({ db: options.database.db });
  const needsSetup = await hasNoAccounts({ db: options.database.db });
  app.decorate('setupToken', { value: needsSetup ? randomBytes(18).toString('base64url') : null });

  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  // JSON (and any other compressible reply of 1 kB or more) in brotli or gzip when the client asks;
  // the web's static files are compressed once at build time and skipped here (already encoded)
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5 } });
  await app.register(authPlugin);
  await app.register(controlCharactersPlugin);
  await app.register(openapiPlugin);
  await registerRoutes(app);
  await app.register(webPlugin, { root: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot });
  await app.ready();
  return app;
}
