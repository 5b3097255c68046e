import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SerialClient } from './serial-client.js';

/**
 * On the PostgreSQL server (the suite's second run): parallel promise-style queries on one client —
 * what a use-case's Promise.all does inside a transaction — run one after the other in the order
 * asked, each with its own answer and error, and node-postgres is never handed a query while it runs
 * one (its deprecated internal queue, gone in pg 9, would warn).
 */
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('SerialClient', () => {
  // typed as the pool sees it: a pg.Client
  const client: pg.Client = new SerialClient({ connectionString: url });
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  beforeAll(async () => {
    process.on('warning', onWarning);
    await client.connect();
  });
  afterAll(async () => {
    process.off('warning', onWarning);
    await client.end();
  });

  it('runs parallel queries in order, without handing node-postgres a second query', async () => {
    await client.query('create temporary table seen (n int, at timestamptz default clock_timestamp())');
    const results = await Promise.all(
      [3, 1, 2].map((n) => client.query<{ n: number }>({ text: 'with x as (insert into seen (n) values ($2::int) returning n) select pg_sleep($1::float8 / 100), n from x', values: [n, n] })),
    );
    expect(results.map((r) => r.rows[0]!.n)).toEqual([3, 1, 2]);
    const order = await client.query<{ n: number }>('select n from seen order by at');
    expect(order.rows.map((r) => r.n)).toEqual([3, 1, 2]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
  });

  it('keeps each query’s error its own: the next query still runs', async () => {
    const [bad, good] = await Promise.allSettled([client.query('select 1 / 0'), client.query('select 2 as two')]);
    expect(bad.status).toBe('rejected');
    expect(good.status === 'fulfilled' && good.value.rows[0]).toEqual({ two: 2 });
  });

  it('leaves callback-style queries (the pool’s own) as they are', async () => {
    const rows = await new Promise<unknown[]>((resolve, reject) => client.query('select 3 as three', (err: Error | null, r: { rows: unknown[] }) => (err ? reject(err) : resolve(r.rows))));
    expect(rows).toEqual([{ three: 3 }]);
  });
});
