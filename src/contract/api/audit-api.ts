import { z } from 'zod';
import { ZAuditEntry } from './auth-api.js';

/** `GET /api/audit/verify` and `jixiao audit verify --json`. */
export const ZAuditVerification = z.object({
  ok: z.boolean(),
  /** entries in the chain */
  entries: z.number().int(),
  /** the newest entry: a truncated tail shows as fewer entries and an earlier time than seen before */
  lastEntry: z.object({ id: z.number().int(), at: z.string() }).nullable(),
  /** entries written before the audit key existed (plain SHA-256), sealed by an audit.chainKeyed entry */
  unkeyedEntries: z.number().int(),
  /** which audit key verified the chain (sha256:…, the first 16 hex digits of its SHA-256) */
  keyFingerprint: z.string(),
  /** the first entry whose hash or link does not hold */
  firstBroken: z.object({ id: z.number().int(), reason: z.string() }).optional(),
});
export type TAuditVerification = z.infer<typeof ZAuditVerification>;

/** `GET /api/audit`: one page of entries and how many match. */
export const ZAuditPage = z.object({ total: z.number().int(), entries: z.array(ZAuditEntry) }).meta({ id: 'AuditPage' });
