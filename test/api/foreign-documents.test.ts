import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { foreignFixture } from '../helpers/fixtures.js';
import { multipart } from '../helpers/multipart.js';
import type { TGoalBook } from '../../src/contract/goal-book.js';

/** Goal documents whose tables lost their structure, through the upload preview (test/fixtures/foreign). */

let t: TestApp;
const count = async (table: string) => (((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('lost cell boundaries', () => {
  it.each([
    ['a whole table joined into one line by spaces', 'lost-cells-spaces.txt'],
    ['cells run together without separators', 'lost-cells-run-together.txt'],
  ])('variant text, %s: refused with a located Chinese message naming what is lost and what to upload; nothing stored', async (_, name) => {
    const finance = await t.login('finance');
    const before = { audit: await count('audit_log'), projects: await count('project') };
    for (const url of ['/api/goal-books/preview']) {
      const res = await t.as(finance, { method: 'POST', url, ...multipart(name, foreignFixture(name)) });
      expect(res.statusCode).toBe(422);
      const message = (res.json() as { message: string }).message;
      expect(message).toMatch(/^文本第3行：表格的单元格边界已丢失/);
      expect(message).toMatch(/一级\/二级\/三级指标、指标值和预算数/);
      expect(message).toMatch(/Word（\.docx）或 Excel（\.xlsx）/);
    }
    expect({ audit: await count('audit_log'), projects: await count('project') }).toEqual(before);
  });

  it('variant text, one project of three lost: the preview gives the two it can read and a warning naming the skipped one', async () => {
    const res = await t.as(await t.login('finance'), { method: 'POST', url: '/api/goal-books/preview', ...multipart('partly-lost.txt', foreignFixture('partly-lost.txt')) });
    expect(res.statusCode).toBe(200);
    const { goalBook } = res.json() as { goalBook: TGoalBook };
    expect(goalBook.projects.map((p) => [p.code, p.name, p.indicators.length])).toEqual([
      ['P-2023-01', '法律援助', 2],
      ['P-2023-03', '社区矫正', 2],
    ]);
    expect(goalBook.warnings).toEqual([
      {
        location: '文本第10行',
        message: '《普法宣传绩效目标表》的表格单元格边界已丢失（“一级指标”“二级指标”“三级指标”“指标值”“项目名称”“项目编码”“预算数”连成了一行），无法还原，已跳过；要导入这部分，请上传原始的 Word（.docx）或 Excel（.xlsx）文件，或从 Word 另存为保留表格的文本',
      },
    ]);
  });
});
