import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

/**
 * Issue 13 item 12: a review fix is shown before it is applied (preview: before → after, nothing
 * written) and can be undone from the revision history as a new, audited revision — refused when a
 * later revision touched the same cells.
 */
let t: TestApp;
let finance: Session;
const BASE = '/api/units/315002/years/2022';
const PROJECT = '13022522P000R24100104';

interface Finding {
  rule: string;
  projectCode?: string;
  indicatorIndex?: number;
  indicator?: string;
  fix?: { field: 'name' | 'description' | 'target'; value: string };
}
interface IndicatorView {
  id: number;
  level1: string;
  level2: string;
  name: string;
  description: string;
  target: { raw: string };
  basis: string;
  weight?: number | null;
}

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
});
afterAll(() => t.close());

const findings = async () => ((await t.as(finance, { method: 'GET', url: `${BASE}/review` })).json() as { findings: Finding[] }).findings;
const requestOf = (f: Finding) => ({ rule: f.rule, projectCode: f.projectCode, indicatorIndex: f.indicatorIndex, ...f.fix });
const indicators = async () => ((await t.as(finance, { method: 'GET', url: `${BASE}/projects/${PROJECT}` })).json() as { indicators: IndicatorView[] }).indicators;
const revisionCount = async () => ((await t.as(finance, { method: 'GET', url: `${BASE}/revisions` })).json() as unknown[]).length;
const auditRows = async () => ((await t.database.db.execute(sql`select action, after from audit_log where action = 'goalBook.update' order by id`)) as unknown as { rows: Array<{ action: string; after: { revision: number; source: string; summary: string } }> }).rows;
const fixesOf = async (n: number) => (await findings()).filter((f) => f.projectCode === PROJECT && f.fix && f.rule === 'unit-in-words').slice(0, n);

describe('review fixes: preview, then undo', () => {
  it('previews the fix cell by cell and writes nothing', async () => {
    const [fix] = await fixesOf(1);
    const before = await revisionCount();
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes/preview`, payload: { fixes: [requestOf(fix!)] } });
    expect(res.statusCode, res.body).toBe(200);
    const { changes } = res.json() as { changes: Array<{ op: string; field: string; before: { raw: string }; after: { raw: string }; projectCode: string }> };
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ op: 'update', entity: 'indicator', projectCode: PROJECT, field: 'target', after: { raw: '100%' } });
    expect(changes[0]!.before.raw).not.toBe('100%');
    expect(await revisionCount()).toBe(before);
    // the reviewer may not apply fixes, so may not preview them
    const reviewer = await t.login('reviewer');
    expect((await t.as(reviewer, { method: 'POST', url: `${BASE}/review/fixes/preview`, payload: { fixes: [requestOf(fix!)] } })).statusCode).toBe(403);
  });

  it('undoes a review fix as a new revision, audited, and the finding comes back', async () => {
    const [fix] = await fixesOf(1);
    const original = (await indicators())[fix!.indicatorIndex!]!;
    const applied = await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [requestOf(fix!)] } });
    const number = (applied.json() as { revision: number }).revision;
    expect((await indicators())[fix!.indicatorIndex!]!.target.raw).toBe('100%');

    const undone = await t.as(finance, { method: 'POST', url: `${BASE}/revisions/${number}/undo` });
    expect(undone.statusCode, undone.body).toBe(200);
    const result = undone.json() as { status: string; revision: number; diff: { changes: Array<{ field: string; before: { raw: string }; after: { raw: string } }> } };
    expect(result.revision).toBe(number + 1);
    expect(result.diff.changes).toMatchObject([{ field: 'target', before: { raw: '100%' }, after: { raw: original.target.raw } }]);
    expect((await indicators())[fix!.indicatorIndex!]).toEqual(original); // the same indicator (id) with its old value
    expect((await findings()).some((f) => f.rule === fix!.rule && f.projectCode === PROJECT && f.indicatorIndex === fix!.indicatorIndex)).toBe(true);

    const revisions = (await t.as(finance, { method: 'GET', url: `${BASE}/revisions` })).json() as Array<{ number: number; source: string; summary: string }>;
    expect(revisions[0]).toMatchObject({ number: number + 1, source: 'undo' });
    expect(revisions[0]!.summary).toContain(`撤销第 ${number} 次修订`);
    const audited = (await auditRows()).at(-1)!;
    expect(audited.after).toMatchObject({ revision: number + 1, source: 'undo' });

    // undone once: the undo itself is a later revision on the same cell, so a second undo is refused
    const twice = await t.as(finance, { method: 'POST', url: `${BASE}/revisions/${number}/undo` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain(`第 ${number + 1} 次修订之后又修改了`);
  });

  it('refuses when a later revision touched the same cell, and writes nothing', async () => {
    const [fix] = await fixesOf(1);
    const applied = await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [requestOf(fix!)] } });
    const number = (applied.json() as { revision: number }).revision;
    const edited = (await indicators())[fix!.indicatorIndex!]!;
    const put = await t.as(finance, {
      method: 'PUT',
      url: `${BASE}/indicators/${edited.id}`,
      payload: { level1: edited.level1, level2: edited.level2, name: edited.name, description: edited.description, target: '≥95%', basis: edited.basis, weight: edited.weight ?? null },
    });
    expect(put.statusCode, put.body).toBe(200);
    const count = await revisionCount();
    const refused = await t.as(finance, { method: 'POST', url: `${BASE}/revisions/${number}/undo` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(new RegExp(`第 ${number + 1} 次修订之后又修改了项目 ${PROJECT}“.+”的指标值，不能撤销第 ${number} 次修订`));
    expect(await revisionCount()).toBe(count);
    expect((await indicators())[fix!.indicatorIndex!]!.target.raw).toBe('≥95%');
  });

  it('leaves a later edit of another cell alone and undoes the fix', async () => {
    const fixable = (await findings()).filter((f) => f.fix && f.projectCode);
    const a = fixable[0]!;
    const b = fixable.find((f) => f.projectCode !== a.projectCode)!;
    expect(b).toBeDefined();
    const cell = async (f: Finding) => ((await t.as(finance, { method: 'GET', url: `${BASE}/projects/${f.projectCode}` })).json() as { indicators: Array<Record<string, unknown>> }).indicators[f.indicatorIndex!]!;
    const valueOf = (v: unknown) => (typeof v === 'object' && v !== null && 'raw' in v ? (v as { raw: string }).raw : v);
    const aBefore = valueOf((await cell(a))[a.fix!.field]);
    const first = (await (await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [requestOf(a)] } })).json()) as { revision: number };
    await t.as(finance, { method: 'POST', url: `${BASE}/review/fixes`, payload: { fixes: [requestOf(b)] } });
    const undone = await t.as(finance, { method: 'POST', url: `${BASE}/revisions/${first.revision}/undo` });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(valueOf((await cell(a))[a.fix!.field])).toBe(aBefore);
    expect(valueOf((await cell(b))[b.fix!.field])).toBe(b.fix!.value);
  });

  it('undoes only review fixes, and only for those who may apply them', async () => {
    const imported = await t.as(finance, { method: 'POST', url: `${BASE}/revisions/1/undo` });
    expect(imported.statusCode).toBe(409);
    expect(imported.json().message).toContain('不是“按审核意见修正”');
    expect((await t.as(finance, { method: 'POST', url: `${BASE}/revisions/999/undo` })).statusCode).toBe(404);
    const section = await t.login('section');
    expect((await t.as(section, { method: 'POST', url: `${BASE}/revisions/2/undo` })).statusCode).toBe(403);
  });
});
