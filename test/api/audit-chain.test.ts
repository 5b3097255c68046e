import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainHash, legacyChainHash, type ChainedFields } from '../../src/app/audit/audit-chain.js';
import { recordAudit, sealUnkeyedAuditChain } from '../../src/app/audit/record-audit.js';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { TEST_AUDIT_KEY } from '../helpers/keys.js';

/**
 * The audit chain is keyed (HMAC under a key kept outside the database) and its head is guarded by
 * the database: someone with database rights but without the key cannot rewrite history — even with
 * the project's own hash function — nor cut off the tail by moving the head back.
 */

const actor = { userId: null, name: 'tester', ip: '127.0.0.1' };
const refusal = (query: Promise<unknown>) => query.then(() => 'allowed', (e: Error & { cause?: Error }) => (e.cause ?? e).message);

interface Row extends ChainedFields {
  id: number;
  prevHash: string;
  hash: string;
}
async function chain(db: TestDatabase): Promise<Row[]> {
  const result = (await db.db.execute(
    sql`select id::int, to_json(at)#>>'{}' as at, actor_id as "actorId", actor_name as "actorName", ip, unit_id as "unitId", action, entity, entity_id as "entityId", before, after, prev_hash as "prevHash", hash from audit_log order by id`,
  )) as unknown as { rows: Row[] };
  return result.rows;
}

/** What an attacker with database rights does: switch the triggers off, rewrite from `fromId` on with `hash`, move the head. */
async function rewrite(db: TestDatabase, fromId: number, edit: (row: Row) => Row, hash: (prev: string, row: Row) => string) {
  await db.db.execute(sql`alter table audit_log disable trigger user`);
  await db.db.execute(sql`alter table audit_head disable trigger user`);
  let prev = '';
  for (const original of await chain(db)) {
    if (original.id < fromId) {
      prev = original.hash;
      continue;
    }
    const row = original.id === fromId ? edit(original) : original;
    const next = hash(prev, row);
    await db.db.execute(sql`update audit_log set actor_name = ${row.actorName}, prev_hash = ${prev}, hash = ${next} where id = ${row.id}`);
    await db.db.execute(sql`update audit_head set last_id = ${row.id}, last_hash = ${next}`);
    prev = next;
  }
  await db.db.execute(sql`alter table audit_log enable trigger user`);
  await db.db.execute(sql`alter table audit_head enable trigger user`);
}

async function freshChain(entries: number): Promise<TestDatabase> {
  const db = await createTestDatabase();
  for (let i = 1; i <= entries; i++) {
    await db.db.transaction((tx) => recordAudit(tx, { actor, unitId: null, action: 'test.write', entity: 'test', entityId: String(i), after: { n: i } }));
  }
  return db;
}

describe('a keyed chain', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshChain(6);
  });
  afterAll(() => db.close());

  it('verifies, reporting the entry count and the time of the last entry', async () => {
    const rows = await chain(db);
    const result = await verifyAuditChain({ db: db.db });
    expect(result).toMatchObject({ ok: true, entries: 6, unkeyedEntries: 0, lastEntry: { id: rows[5]!.id } });
    expect(new Date(result.lastEntry!.at).getTime()).toBe(new Date(rows[5]!.at).getTime());
    expect(result.keyFingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(rows.every((r) => r.hash.startsWith('k1:'))).toBe(true);
  });

  it('refuses moving the head back, deleting it, a second head, and deleting the last entry', async () => {
    const rows = await chain(db);
    const fifth = rows[4]!;
    expect(await refusal(db.db.execute(sql`update audit_head set last_id = ${fifth.id}, last_hash = ${fifth.hash}`))).toMatch(/only moves forward/);
    expect(await refusal(db.db.execute(sql`update audit_head set last_hash = 'x'`))).toMatch(/only moves forward/);
    expect(await refusal(db.db.execute(sql`delete from audit_head`))).toMatch(/only moves forward/);
    expect(await refusal(db.db.execute(sql`truncate audit_head`))).toMatch(/only moves forward/);
    expect(await refusal(db.db.execute(sql`insert into audit_head values (2, 0, 'genesis')`))).toMatch(/only moves forward/);
    expect(await refusal(db.db.execute(sql`delete from audit_log where id = ${rows[5]!.id}`))).toMatch(/append-only/);
    // an entry must follow the head: none slipped in with a stale link
    expect(
      await refusal(db.db.execute(sql`insert into audit_log (at, actor_name, action, entity, prev_hash, hash) values (now(), 'x', 'x', 'x', ${fifth.hash}, 'k1:00')`)),
    ).toMatch(/must follow the chain head/);
    expect(await verifyAuditChain({ db: db.db })).toMatchObject({ ok: true, entries: 6 });
  });

  it('detects a deleted last entry even when the log’s trigger is switched off (the head cannot follow it back)', async () => {
    const local = await freshChain(3);
    const rows = await chain(local);
    await local.db.execute(sql`alter table audit_log disable trigger user`);
    await local.db.execute(sql`delete from audit_log where id = ${rows[2]!.id}`);
    await local.db.execute(sql`alter table audit_log enable trigger user`);
    expect(await refusal(local.db.execute(sql`update audit_head set last_id = ${rows[1]!.id}, last_hash = ${rows[1]!.hash}`))).toMatch(/only moves forward/);
    const result = await verifyAuditChain({ db: local.db });
    expect(result).toMatchObject({ ok: false, entries: 2, lastEntry: { id: rows[1]!.id }, firstBroken: { id: rows[2]!.id } });
    expect(result.firstBroken!.reason).toContain('链尾记录缺失');
    await local.close();
  });

  it('detects an entry edited and the chain recomputed with the project’s own hash function without the key', async () => {
    const target = (await chain(db))[2]!;
    const forged = (r: Row) => ({ ...r, actorName: 'someone-else' });
    // the unkeyed hash, as chains were before the key
    await rewrite(db, target.id, forged, (prev, row) => legacyChainHash(prev, row));
    let result = await verifyAuditChain({ db: db.db });
    expect(result).toMatchObject({ ok: false, entries: 3, firstBroken: { id: target.id } });
    expect(result.firstBroken!.reason).toContain('篡改');
    // the same, dressed up as a keyed hash
    await rewrite(db, target.id, forged, (prev, row) => 'k1:' + legacyChainHash(prev, row));
    expect((await verifyAuditChain({ db: db.db })).firstBroken).toMatchObject({ id: target.id });
    // the keyed function under a key of one's own
    await rewrite(db, target.id, forged, (prev, row) => chainHash(Buffer.alloc(32, 1), prev, row));
    result = await verifyAuditChain({ db: db.db });
    expect(result.firstBroken).toMatchObject({ id: target.id });
    // only the key's holder could have written it
    await rewrite(db, target.id, forged, (prev, row) => chainHash(TEST_AUDIT_KEY, prev, row));
    expect(await verifyAuditChain({ db: db.db })).toMatchObject({ ok: true });
  });
});

describe('a chain written before the audit key (migration)', () => {
  it('is sealed by one keyed audit.chainKeyed entry; the unkeyed part then cannot be rewritten either', async () => {
    const db = await createTestDatabase();
    // an unkeyed chain as the previous version wrote it; the database's guards let it through as a chain
    let prev = 'genesis';
    for (let i = 1; i <= 4; i++) {
      const fields: ChainedFields = { at: `2022-0${i}-01T02:00:00.000Z`, actorId: null, actorName: 'old', ip: null, unitId: null, action: 'old.write', entity: 'old', entityId: String(i), before: null, after: { i } };
      const hash = legacyChainHash(prev, fields);
      const [row] = ((await db.db.execute(
        sql`insert into audit_log (at, actor_id, actor_name, ip, unit_id, action, entity, entity_id, before, after, prev_hash, hash) values (${fields.at}, null, 'old', null, null, 'old.write', 'old', ${String(i)}, null, ${JSON.stringify(fields.after)}::jsonb, ${prev}, ${hash}) returning id::int`,
      )) as unknown as { rows: Array<{ id: number }> }).rows;
      await db.db.execute(sql`update audit_head set last_id = ${row!.id}, last_hash = ${hash}`);
      prev = hash;
    }
    // unsealed, an unkeyed chain proves nothing: anyone could have written it
    expect((await verifyAuditChain({ db: db.db })).ok).toBe(false);

    await sealUnkeyedAuditChain({ db: db.db });
    await sealUnkeyedAuditChain({ db: db.db }); // once only
    await db.db.transaction((tx) => recordAudit(tx, { actor, unitId: null, action: 'test.write', entity: 'test' }));
    const rows = await chain(db);
    expect(rows.map((r) => r.action)).toEqual(['old.write', 'old.write', 'old.write', 'old.write', 'audit.chainKeyed', 'test.write']);
    expect(rows[4]!.after).toMatchObject({ unkeyedEntries: 4 });
    expect(await verifyAuditChain({ db: db.db })).toMatchObject({ ok: true, entries: 6, unkeyedEntries: 4 });

    // rewriting an unkeyed entry and its unkeyed successors breaks the seal
    await rewrite(db, rows[1]!.id, (r) => ({ ...r, actorName: 'forger' }), (p, row) => (row.id < rows[4]!.id ? legacyChainHash(p, row) : row.hash));
    const result = await verifyAuditChain({ db: db.db });
    expect(result.ok).toBe(false);
    expect(result.firstBroken!.id).toBe(rows[4]!.id);
    await db.close();
  });
});
