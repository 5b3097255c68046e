import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase } from './client.js';
import { pgliteTemplate } from './pglite-template.js';

/** Issue 13 item 10: a new PGlite data folder starts from a migrated template, made once per schema. */
describe('the migrated PGlite template', { timeout: 120_000 }, () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'jixiao-template-'));
  const cache = path.join(root, 'cache');
  const before = process.env.JIXIAO_TEMPLATE_CACHE;
  process.env.JIXIAO_TEMPLATE_CACHE = cache;
  afterAll(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATE_CACHE;
    else process.env.JIXIAO_TEMPLATE_CACHE = before;
    rmSync(root, { recursive: true, force: true });
  });
  const migrations = async (dir: string) => {
    const database = await openDatabase({ dataDir: dir });
    const rows = (await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as { rows: Array<{ n: number }> };
    return { database, count: rows.rows[0]!.n };
  };

  it('is written by the first new data folder and loaded by the next, which is migrated and empty', async () => {
    const template = pgliteTemplate(MIGRATIONS_FOLDER);
    expect(existsSync(template.file)).toBe(false);
    const first = await migrations(path.join(root, 'one'));
    await first.database.db.execute(sql`insert into unit (code, name) values ('900001', '只在第一个数据目录')`);
    await first.database.close();
    expect(existsSync(template.file)).toBe(true);
    expect(readdirSync(cache)).toEqual([path.basename(template.file)]);

    const second = await migrations(path.join(root, 'two'));
    expect(second.count).toBe(first.count);
    const units = (await second.database.db.execute(sql`select count(*)::int as n from unit`)) as unknown as { rows: Array<{ n: number }> };
    expect(units.rows[0]!.n).toBe(0);
    await second.database.close();
  });

  it('keeps an existing data folder as it is', async () => {
    const again = await migrations(path.join(root, 'one'));
    const units = (await again.database.db.execute(sql`select name from unit`)) as unknown as { rows: Array<{ name: string }> };
    expect(units.rows.map((r) => r.name)).toEqual(['只在第一个数据目录']);
    await again.database.close();
  });
});
