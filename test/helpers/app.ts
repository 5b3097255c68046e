import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { loadConfig } from '../../src/config.js';
import { createUser } from '../../src/app/auth/create-user.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { ensureUnit } from '../../src/repositories/goal-book.repository.js';
import type { TRole } from '../../src/core/access/permissions.js';
import { PersonalDataCipher } from '../../src/app/crypto/personal-data-cipher.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { TEST_AUDIT_KEY } from './keys.js';
import { sampleGoalBook } from './fixtures.js';

export const TEST_PASSWORD = 'Test-Pass-2022';
/** a fixed key, so tests can decrypt what they stored */
export const TEST_CIPHER = new PersonalDataCipher(Buffer.alloc(32, 42));
const SYSTEM = { userId: null, name: 'test', ip: 'local' };

/** One account per role on the sample unit (315002), plus a finance user of another unit. */
export const TEST_USERS: Record<string, { role: TRole; unitCode: string | null; sections?: string[]; office?: string; grantedUnitCodes?: string[] }> = {
  admin: { role: 'admin', unitCode: null },
  finance: { role: 'finance', unitCode: '315002' },
  section: { role: 'section', unitCode: '315002', sections: ['legal-aid', 'survey'] },
  /** the section keeping the correction register: the one section that sees sealed minors' records */
  correctionSection: { role: 'section', unitCode: '315002', sections: ['correction'] },
  office: { role: 'office', unitCode: '315002', office: '胡家坨司法所' },
  leader: { role: 'leader', unitCode: '315002' },
  reviewer: { role: 'reviewer', unitCode: '301001', grantedUnitCodes: ['315002'] },
  outsider: { role: 'finance', unitCode: '301001' },
};
export type TestUser = keyof typeof TEST_USERS;

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** sign in through the real login route */
  login(user: TestUser): Promise<Session>;
  /** app.inject with a session's cookie and CSRF header */
  as(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(options: { sample?: boolean; users?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.sample ?? true) await importGoalBook({ db: database.db, book: sampleGoalBook(), actor: SYSTEM });
  if (options.users ?? true) {
    await ensureUnit(database.db, { code: '301001', name: '乐亭县财政局' });
    for (const [username, spec] of Object.entries(TEST_USERS)) {
      await createUser({ db: database.db, actor: SYSTEM, username, displayName: username, password: TEST_PASSWORD, ...spec });
    }
  }
  const config = loadConfig({ JIXIAO_DATA_DIR: '/nonexistent', JIXIAO_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const app = await buildApp({ database, config, webRoot: null, cipher: TEST_CIPHER, auditKey: TEST_AUDIT_KEY });
  const sessions = new Map<string, Session>();
  const login = async (user: TestUser): Promise<Session> => {
    const cached = sessions.get(user);
    if (cached) return cached;
    // each account signs in from an address of its own: a test that signs in many accounts is not one
    // client hammering the login route (its rate limit is per source address)
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user, password: TEST_PASSWORD }, remoteAddress: `127.0.1.${sessions.size + 1}` });
    if (res.statusCode !== 200) throw new Error(`login ${user} failed: ${res.body}`);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const session = { cookie, csrf: (res.json() as { csrfToken: string }).csrfToken };
    sessions.set(user, session);
    return session;
  };
  const as = (session: Session | null, opts: InjectOptions) =>
    app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) } });
  return {
    app,
    database,
    login,
    as,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
