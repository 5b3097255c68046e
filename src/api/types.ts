import type { TPermission } from '../core/access/permissions.js';
import type { AuthUser } from '../app/auth/auth-user.js';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import type { PersonalDataCipher } from '../app/crypto/personal-data-cipher.js';
import type { TUnitScope } from '../core/access/scope.js';

/**
 * Every /api route says who may call it: 'public' (health, login, the OpenAPI document),
 * 'authenticated' (any signed-in user: their own profile, sign-out) or one permission from
 * core/access/permissions.ts. A route without one does not register (see plugins/auth.ts).
 */
export type RouteAccess = TPermission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** reachable by a user who must still change an administrator-set password (sign-out, own profile, the change itself) */
    beforePasswordChange?: true;
  }
  interface FastifyInstance {
    database: Database;
    /** where dashboards read (county rollup): the read replica when DATABASE_READ_URL is set, else `database` */
    readDb: Db;
    appConfig: Config;
    /** encrypts personal data at rest; use-cases that store or show it take it as an option */
    cipher: PersonalDataCipher;
  }
  interface FastifyRequest {
    user: AuthUser | null;
    sessionId: string | null;
    /** the scope under the unit a :unitCode parameter names, resolved once access to it has been checked */
    scope: TUnitScope | null;
  }
}
