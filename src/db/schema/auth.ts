import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { units } from './units.js';

/** Accounts. Passwords are argon2id hashes; failed sign-ins are counted per name and source (`login_throttle`). */
export const users = pgTable('app_user', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<'admin' | 'finance' | 'section' | 'office' | 'leader' | 'reviewer'>().notNull(),
  unitId: integer('unit_id').references(() => units.id),
  sections: jsonb('sections').$type<string[]>().notNull().default([]),
  office: text('office'),
  /** data-scope rule (core/access/scope.ts DATA_SCOPES): own office / own unit / unit and below / assigned / all */
  dataScope: text('data_scope').$type<'office' | 'unit' | 'unitAndBelow' | 'assigned' | 'all'>().notNull().default('unitAndBelow'),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  disabled: boolean('disabled').notNull().default(false),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Units a user may read beyond their own (e.g. the units a 财政审核 reviewer reviews). */
export const userUnitGrants = pgTable(
  'user_unit_grant',
  {
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);

/**
 * Sessions live in the database so application servers stay stateless. The id is the SHA-256 of the
 * cookie's token: a copy of this table does not let anyone sign in.
 */
export const sessions = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user').on(t.userId)],
);

/**
 * Failed sign-ins per (username as typed, source address): a name that does not exist is counted like
 * one that does, so the answer never tells which names exist, and failures from one address never lock
 * the same name out for anyone at another address. Back-off: see `core/access/login-throttle.ts`.
 */
export const loginThrottles = pgTable(
  'login_throttle',
  {
    username: text('username').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull(),
    lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.username, t.source] }), index('login_throttle_last_failed').on(t.lastFailedAt)],
);
