import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGoalBook } from '../../src/documents/export-goal-book.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { sampleGoalBook } from '../helpers/fixtures.js';
import { multipart } from '../helpers/multipart.js';
import { bomb } from '../helpers/zip-bomb.js';

/**
 * Issue 13.1: a 1 MB .docx/.xlsx whose one member inflates to 1 GiB, several at once, through every
 * upload route (a 司法所 account can reach the register import preview): each is refused with the
 * size cap, the process stays up with its memory bounded, and an honest upload still works after.
 */

let t: TestApp;
let finance: Session;
let office: Session; // 胡家坨司法所
const DISPUTES = '/api/units/315002/registers/mediation/disputes';
const MiB = 1024 * 1024;

beforeAll(async () => {
  t = await createTestApp();
  [finance, office] = await Promise.all([t.login('finance'), t.login('office')]);
});
afterAll(() => t.close());

describe('zip bombs uploaded at once', () => {
  it('are all refused with the cap, the server stays up, memory stays bounded, an honest upload works after', async () => {
    const uploads: Array<{ session: Session; url: string; name: string; bytes: Buffer }> = [];
    for (const declared of ['small', 'large'] as const) {
      uploads.push(
        { session: finance, url: '/api/goal-books/preview', name: `目标.docx`, bytes: bomb('docx', declared) },
        { session: finance, url: '/api/goal-books/preview', name: `目标.xlsx`, bytes: bomb('xlsx', declared) },
        { session: finance, url: '/api/units/315002/years/2022/payments/import/preview', name: '支付.xlsx', bytes: bomb('xlsx', declared) },
        { session: office, url: `${DISPUTES}/import/preview`, name: '调解.xlsx', bytes: bomb('xlsx', declared) },
        { session: office, url: `${DISPUTES}/import`, name: '调解.xlsx', bytes: bomb('xlsx', declared) },
      );
    }
    expect(Math.max(...uploads.map((u) => u.bytes.length))).toBeLessThan(1.2 * MiB);

    global.gc?.();
    const base = process.memoryUsage();
    let peak = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss - base.rss);
    };
    const sampler = setInterval(sample, 5);
    const replies = await Promise.all(uploads.map((u) => t.as(u.session, { method: 'POST', url: u.url, ...multipart(u.name, u.bytes) })));
    clearInterval(sampler);
    sample();

    for (const [i, res] of replies.entries()) {
      expect(res.statusCode, `${uploads[i]!.url} ${res.body}`).toBe(413);
      expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.json().message).toMatch(/^文件解压后超过 100 MB（/);
    }
    // ten bombs of 1 GiB each: without the cap one alone would need gigabytes (and crashed the server)
    expect(peak).toBeLessThan(1024 * MiB);

    expect((await t.as(null, { method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const goalBook = await t.as(finance, { method: 'POST', url: '/api/goal-books/preview', ...multipart('目标.xlsx', await exportGoalBook(sampleGoalBook(), 'xlsx')) });
    expect(goalBook.statusCode, goalBook.body).toBe(200);
    expect(goalBook.json().goalBook.projects).toHaveLength(12);
    const csv = Buffer.from('司法所,纠纷类型,受理日期\r\n胡家坨司法所,邻里,2022-04-01\r\n');
    const register = await t.as(office, { method: 'POST', url: `${DISPUTES}/import/preview`, ...multipart('调解.csv', csv) });
    expect(register.statusCode, register.body).toBe(200);
    expect(register.json()).toMatchObject({ rows: 1, problems: [] });
  });
});
