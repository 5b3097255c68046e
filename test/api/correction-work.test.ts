import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_CIPHER, type Session, type TestApp } from '../helpers/app.js';
import { singleUnitScope } from '../../src/core/access/scope.js';
import { ensureUnit } from '../../src/repositories/goal-book.repository.js';
import { CLI_VIEWER } from '../../src/registers/framework/access.js';
import { computeMetric } from '../../src/registers/framework/compute-metric.js';
import { createRegisterRecord } from '../../src/registers/framework/save-record.js';
import { requireMetric, requireSheet } from '../../src/registers/registry.js';
import { insertHandledAlarms } from '../../src/registers/correction/supervision/supervision.repository.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';

/**
 * Issue 15, items 6–8 and the privacy of sanction grounds: the ladder's proposal decided through the
 * workflow, grounds encrypted, masked and every read audited; joint inspections with rectification
 * clocks and 纠正意见 with the answer's deadline; the aftercare clocks and rates, which are the bindable
 * metrics' own numbers.
 */

let t: TestApp;
let office: Session; // 胡家坨司法所
let correction: Session; // the section keeping correction
let section: Session; // keeps legal-aid and survey only
let leader: Session;
let finance: Session;
let admin: Session;
const U = '/api/units/315002';
const PEOPLE = `${U}/registers/correction/people/records`;
const C = `${U}/registers/correction`;
const R = `${U}/registers/resettlement`;
let personId: number;

const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const admonition = (n: number) => ({
  mode: 'record',
  kind: '训诫',
  cause: '脱管',
  causeDays: 3,
  occurredOn: `2022-03-0${n}`,
  grounds: `第${n}次脱管三日，经查在外务工未报告`,
  documentNo: `乐司矫训〔2022〕${n}号`,
  decidedOn: `2022-03-1${n}`,
});

beforeAll(async () => {
  t = await createTestApp();
  [office, correction, section, leader, finance, admin] = await Promise.all([
    t.login('office'),
    t.login('correctionSection'),
    t.login('section'),
    t.login('leader'),
    t.login('finance'),
    t.login('admin'),
  ]);
  const res = await t.as(office, { method: 'POST', url: PEOPLE, payload: { name: '赵大勇', correctionType: '缓刑', startOn: '2022-01-10', endOn: '2023-01-09' } });
  expect(res.statusCode, res.body).toBe(200);
  personId = res.json().id;
});
afterAll(() => t.close());

describe('sanctions', () => {
  const url = () => `${PEOPLE}/${personId}/sanctions`;

  it('proposes a 警告 after two uncorrected 训诫, and a person decides it', async () => {
    for (const n of [1, 2]) {
      const res = await t.as(office, { method: 'POST', url: url(), payload: admonition(n) });
      expect(res.statusCode, res.body).toBe(200);
    }
    const read = await t.as(office, { method: 'GET', url: url() });
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json();
    expect(body.sanctions.map((s: { kind: string; state: string; grounds: string }) => [s.kind, s.state, s.grounds])).toEqual([
      ['训诫', 'approved', '***'],
      ['训诫', 'approved', '***'],
    ]);
    expect(body.proposal).toEqual({ kind: '警告', basisIds: body.sanctions.map((s: { id: number }) => s.id), reason: '受到训诫 2 次仍未改正（满 2 次应给予警告）', lostContact: null });

    const proposed = await t.as(office, {
      method: 'POST',
      url: url(),
      payload: { mode: 'propose', kind: '警告', cause: '一般违规', occurredOn: '2022-04-01', grounds: '两次训诫后仍未改正', basisIds: body.proposal.basisIds },
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const after = (await t.as(office, { method: 'GET', url: url() })).json();
    expect(after.proposal).toBeNull();
    const warning = after.sanctions[2];
    expect(warning).toMatchObject({ kind: '警告', state: 'submitted', proposedReason: '受到训诫 2 次仍未改正（满 2 次应给予警告）', decidable: false });

    // the office may not decide; the section decides, with the decision's date and document
    const decision = `${U}/correction-sanctions/${warning.id}/decision`;
    expect((await t.as(office, { method: 'POST', url: decision, payload: { move: 'approve', decidedOn: '2022-04-05', documentNo: 'X' } })).statusCode).toBe(403);
    const bare = await t.as(correction, { method: 'POST', url: decision, payload: { move: 'approve' } });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().message).toContain('决定日期和文书编号');
    const seen = (await t.as(correction, { method: 'GET', url: url() })).json();
    expect(seen.sanctions[2].decidable).toBe(true);
    const ok = await t.as(correction, { method: 'POST', url: decision, payload: { move: 'approve', decidedOn: '2022-04-05', documentNo: '乐司矫警〔2022〕1号' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('approved');
    expect((await t.as(leader, { method: 'POST', url: decision, payload: { move: 'approve', decidedOn: '2022-04-05', documentNo: 'X' } })).statusCode).toBe(409);
    const [audit] = await rows(sql`select after from audit_log where action = 'correction.sanction.approve' and entity_id = ${String(warning.id)}`);
    expect(audit!.after).toMatchObject({ state: 'approved', kind: '警告', documentNo: '乐司矫警〔2022〕1号' });
  });

  it('refuses a basis already cited, a proposal the author decides, and a return without reason', async () => {
    const first = (await t.as(office, { method: 'GET', url: url() })).json().sanctions[0].id;
    const cited = await t.as(office, { method: 'POST', url: url(), payload: { mode: 'propose', kind: '警告', cause: '一般违规', occurredOn: '2022-05-01', grounds: '再次提请', basisIds: [first] } });
    expect(cited.statusCode).toBe(400);
    expect(cited.json().message).toContain('已被另一项奖惩引用');
    // the section proposes, so it may not decide its own proposal; the leader returns it with a reason
    const p = await t.as(correction, { method: 'POST', url: url(), payload: { mode: 'propose', kind: '提请治安处罚', cause: '严重违规', occurredOn: '2022-05-02', grounds: '殴打他人' } });
    expect(p.statusCode, p.body).toBe(200);
    const decision = `${U}/correction-sanctions/${p.json().id}/decision`;
    const own = await t.as(correction, { method: 'POST', url: decision, payload: { move: 'return', reason: '证据不足' } });
    expect(own.statusCode).toBe(403);
    expect((await t.as(leader, { method: 'POST', url: decision, payload: { move: 'return' } })).statusCode).toBe(400);
    const returned = await t.as(leader, { method: 'POST', url: decision, payload: { move: 'return', reason: '证据不足，请补充询问笔录' } });
    expect(returned.json().state).toBe('returned');
    const list = await t.as(leader, { method: 'GET', url: `${C}/sanctions?state=returned` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().sanctions).toEqual([expect.objectContaining({ id: p.json().id, personName: '赵**', returnReason: '证据不足，请补充询问笔录' })]);
    expect(list.json().sanctions[0]).not.toHaveProperty('grounds');
  });

  it('keeps the grounds encrypted, masked, shown only to who may unmask, and audits every read', async () => {
    const stored = await rows(sql`select grounds from correction_sanction where person_id = ${personId}`);
    for (const r of stored) expect(String(r.grounds)).toMatch(/^v1:/);
    const before = (await rows(sql`select count(*)::int as n from audit_log where action = 'personalData.read' and entity = 'correction_sanction'`))[0]!.n as number;
    const unmasked = await t.as(office, { method: 'GET', url: `${url()}?unmasked=true` });
    expect(unmasked.json().sanctions[0].grounds).toBe('第1次脱管三日，经查在外务工未报告');
    await t.as(leader, { method: 'GET', url: url() });
    const entries = await rows(sql`select actor_name, after from audit_log where action = 'personalData.read' and entity = 'correction_sanction' order by id`);
    expect(entries.length).toBe(before + 2);
    expect(entries.at(-2)).toMatchObject({ actor_name: 'office', after: { view: 'sanctions', unmasked: true, fields: ['grounds'] } });
    expect(entries.at(-1)).toMatchObject({ actor_name: 'leader', after: { unmasked: false } });
    // least privilege: finance and the administrator read no sanctions; a section not keeping correction neither
    expect((await t.as(finance, { method: 'GET', url: url() })).statusCode).toBe(403);
    expect((await t.as(admin, { method: 'GET', url: url() })).statusCode).toBe(403);
    expect((await t.as(section, { method: 'GET', url: url() })).statusCode).toBe(403);
    // another office's person does not exist for a 司法所 user
    const other = await t.as(correction, { method: 'POST', url: PEOPLE, payload: { office: '汀流河司法所', name: '钱某', correctionType: '假释', startOn: '2022-01-10', endOn: '2022-12-31' } });
    expect((await t.as(office, { method: 'GET', url: `${PEOPLE}/${other.json().id}/sanctions` })).statusCode).toBe(404);
    // sanctions belong to the correction register only
    expect((await t.as(section, { method: 'GET', url: `${U}/registers/legal-aid/cases/records/1/sanctions` })).statusCode).toBe(404);
  });

  it('keeps a minor’s sanctions sealed: only the correction section and the office see them', async () => {
    const minor = await t.as(office, { method: 'POST', url: PEOPLE, payload: { name: '李小龙', correctionType: '缓刑', startOn: '2022-02-01', endOn: '2023-01-31', minor: true } });
    const u = `${PEOPLE}/${minor.json().id}/sanctions`;
    const recorded = await t.as(office, { method: 'POST', url: u, payload: admonition(1) });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect((await t.as(leader, { method: 'GET', url: u })).statusCode).toBe(403);
    expect((await t.as(correction, { method: 'GET', url: u })).statusCode).toBe(200);
    const ids = async (s: Session) => ((await t.as(s, { method: 'GET', url: `${C}/sanctions` })).json() as { sanctions: { id: number }[] }).sanctions.map((x) => x.id);
    expect(await ids(leader)).not.toContain(recorded.json().id);
    expect(await ids(correction)).toContain(recorded.json().id);
    expect(await ids(office)).toContain(recorded.json().id);
  });

  it('takes a corrected 训诫 off the ladder and refuses bad input without writing', async () => {
    const p = await t.as(office, { method: 'POST', url: PEOPLE, payload: { name: '孙二', correctionType: '管制', startOn: '2022-02-01', endOn: '2022-12-31' } });
    const u = `${PEOPLE}/${p.json().id}/sanctions`;
    const a = await t.as(office, { method: 'POST', url: u, payload: admonition(1) });
    await t.as(office, { method: 'POST', url: u, payload: admonition(2) });
    expect((await t.as(office, { method: 'GET', url: u })).json().proposal?.kind).toBe('警告');
    const early = await t.as(office, { method: 'POST', url: `${C}/sanctions/${a.json().id}/corrected`, payload: { correctedOn: '2022-03-01' } });
    expect(early.statusCode).toBe(400);
    expect((await t.as(office, { method: 'POST', url: `${C}/sanctions/${a.json().id}/corrected`, payload: { correctedOn: '2022-04-01' } })).statusCode).toBe(200);
    expect((await t.as(office, { method: 'GET', url: u })).json().proposal).toBeNull();
    const count = async () => (await rows(sql`select count(*)::int as n from correction_sanction`))[0]!.n;
    const n = await count();
    expect((await t.as(office, { method: 'POST', url: u, payload: { ...admonition(3), documentNo: null } })).statusCode).toBe(400);
    expect((await t.as(office, { method: 'POST', url: u, payload: { ...admonition(3), causeDays: null } })).statusCode).toBe(400);
    expect((await t.as(office, { method: 'POST', url: u, payload: { ...admonition(3), kind: '记过' } })).statusCode).toBe(400);
    expect(await count()).toBe(n);
  });
});
describe('脱管 days from the alarms as the ladder’s grounds', () => {
  it('proposes 警告 for 12 days found 脱管, records the proposal as following it, then proposes nothing more', async () => {
    const res = await t.as(office, { method: 'POST', url: PEOPLE, payload: { name: '钱脱管', correctionType: '缓刑', startOn: '2022-01-10', endOn: '2023-01-09' } });
    const pid = res.json().id as number;
    const scope = await cliScope(t.database.db, '315002');
    const alarm = (day: number) => ({ office: '胡家坨司法所', personId: pid, kind: '未签到', raisedOn: `2022-05-${String(day).padStart(2, '0')}`, raisedAt: `2022-05-${String(day).padStart(2, '0')}T02:00:00Z`, dueAt: `2022-05-${String(day).padStart(2, '0')}T03:00:00Z`, eventId: `lost-${pid}-${day}`, handledAt: `2022-05-${String(day).padStart(2, '0')}T02:30:00Z`, handledOn: `2022-05-${String(day).padStart(2, '0')}`, verified: true, outcome: '脱管', handler: 'office', note: null });
    // 1–12 May every day, and an older single day in April that is not part of the latest run
    await insertHandledAlarms(t.database.db, scope.rootUnit.id, [{ ...alarm(1), raisedOn: '2022-04-01', eventId: `lost-${pid}-old` }, ...Array.from({ length: 12 }, (_, i) => alarm(i + 1))]);
    const u = `${PEOPLE}/${pid}/sanctions`;
    const body = (await t.as(office, { method: 'GET', url: u })).json();
    expect(body.proposal).toMatchObject({ kind: '警告', basisIds: [], lostContact: { from: '2022-05-01', to: '2022-05-12', days: 12 } });
    expect(body.proposal.reason).toContain('报警核查脱管 12 日');
    const proposed = await t.as(office, { method: 'POST', url: u, payload: { mode: 'propose', kind: '警告', cause: '脱管', causeDays: 12, occurredOn: '2022-05-12', grounds: '5月1日至12日失去联系' } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const after = (await t.as(office, { method: 'GET', url: u })).json();
    expect(after.sanctions[0].proposedReason).toContain('报警核查脱管 12 日');
    expect(after.proposal).toBeNull();
  });
});


describe('joint work', () => {
  it('records an inspection with rectification items and clocks them', async () => {
    const res = await t.as(correction, {
      method: 'POST',
      url: `${C}/joint-work/inspections`,
      payload: {
        heldOn: '2022-03-20',
        kind: '联合检查',
        partners: ['公安', '检察院', '法院'],
        findings: '个别司法所矫正档案不全',
        items: [
          { item: '补齐矫正档案', owner: '胡家坨司法所 王某', dueOn: '2022-04-20' },
          { item: '完善请假审批登记', owner: '社区矫正科 李某', dueOn: '2022-05-31' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const get = (asOf: string) => t.as(office, { method: 'GET', url: `${C}/joint-work?year=2022&asOf=${asOf}` });
    const before = (await get('2022-04-25')).json();
    expect(before.inspections[0].items.map((i: { clock: string }) => i.clock)).toEqual(['overdue', 'open']);
    expect(before.counts).toMatchObject({ itemsOpen: 2, itemsOverdue: 1 });
    const done = await t.as(office, { method: 'POST', url: `${C}/joint-work/rectifications/${before.inspections[0].items[0].id}/done`, payload: { doneOn: '2022-04-26', note: '已补齐' } });
    // the bureau's inspection is not the office's to close
    expect(done.statusCode).toBe(404);
    expect(
      (await t.as(correction, { method: 'POST', url: `${C}/joint-work/rectifications/${before.inspections[0].items[0].id}/done`, payload: { doneOn: '2022-04-26', note: '已补齐' } })).statusCode,
    ).toBe(200);
    const after = (await get('2022-05-29')).json();
    expect(after.inspections[0].items.map((i: { clock: string }) => i.clock)).toEqual(['doneLate', 'dueSoon']);
  });

  it('gives a 纠正意见 its answer deadline from the setting and clocks the answer', async () => {
    const put = await t.as(admin, { method: 'GET', url: `${U}/correction-settings` });
    expect(put.json().opinionAnswerDays).toBe(15);
    const res = await t.as(correction, { method: 'POST', url: `${C}/joint-work/opinions`, payload: { receivedOn: '2022-06-01', documentNo: '乐检矫纠〔2022〕3号', content: '对脱管人员未及时追查' } });
    expect(res.statusCode, res.body).toBe(200);
    const view = (await t.as(correction, { method: 'GET', url: `${C}/joint-work?year=2022&asOf=2022-06-17` })).json();
    expect(view.opinions[0]).toMatchObject({ answerDueOn: '2022-06-16', clock: 'overdue' });
    expect((await t.as(correction, { method: 'POST', url: `${C}/joint-work/opinions/${res.json().id}/answer`, payload: { answeredOn: '2022-05-01', answer: '已整改' } })).statusCode).toBe(400);
    expect(
      (await t.as(correction, { method: 'POST', url: `${C}/joint-work/opinions/${res.json().id}/answer`, payload: { answeredOn: '2022-06-15', answer: '已组织追查并建立台账' } })).statusCode,
    ).toBe(200);
    const answered = (await t.as(correction, { method: 'GET', url: `${C}/joint-work?year=2022&asOf=2022-06-20` })).json();
    expect(answered.opinions[0].clock).toBe('doneOnTime');
    expect(answered.counts.opinionsOpen).toBe(0);
  });
});

describe('aftercare', () => {
  const person = (name: string, more: Record<string, unknown>) => t.as(office, { method: 'POST', url: `${R}/people/records`, payload: { name, prison: '冀东监狱', ...more } });

  it('clocks the 衔接 steps and states rates that are the metrics’ numbers', async () => {
    expect(
      (
        await person('周一', {
          releasedOn: '2022-03-10',
          noticeReceivedOn: '2022-02-20',
          familyNotifiedOn: '2022-02-22',
          returnedOn: '2022-03-11',
          fileOpenedOn: '2022-03-14',
          resettledOn: '2022-04-01',
          assistedOn: '2022-03-20',
          assistance: '就业安置',
        })
      ).statusCode,
    ).toBe(200);
    expect((await person('吴二', { releasedOn: '2022-05-05', noticeReceivedOn: '2022-04-20', returnedOn: '2022-05-06' })).statusCode).toBe(200);
    expect((await person('郑三', { releasedOn: '2020-08-01', source: '解除矫正', assistedOn: '2020-09-01', assistance: '心理疏导' })).statusCode).toBe(200);
    const bad = await person('错误', { releasedOn: '2022-05-05', returnedOn: null, visitedOn: '2022-05-07' });
    expect(bad.statusCode).toBe(400);

    const view = (await t.as(office, { method: 'GET', url: `${R}/aftercare?year=2022&asOf=2022-05-20` })).json();
    const byRelease = Object.fromEntries(view.people.map((p: { releasedOn: string }) => [p.releasedOn, p]));
    expect(byRelease['2022-03-10']).toMatchObject({ name: '周*', status: 'inAftercare', endsOn: '2027-03-09', noticeLeadDays: 18, noticeLate: true, resettled: true, assisted: true });
    expect(byRelease['2022-03-10'].steps).toEqual({
      familyNotified: { due: '2022-02-23', status: 'met' },
      fileOpened: { due: '2022-03-16', status: 'met' },
      visited: { due: '2022-03-18', status: 'overdue' },
    });
    expect(byRelease['2022-05-05'].steps.familyNotified).toEqual({ due: '2022-04-23', status: 'overdue' });
    expect(byRelease['2020-08-01']).toMatchObject({ source: '解除矫正', endsOn: '2023-07-31', status: 'awaitingReturn' });
    // 安置率: released this year (2) → resettled by then (1); 帮教率: in the 帮教期 (3) → assisted (2)
    expect(view.rates.resettlement).toMatchObject({ numerator: 1, denominator: 2, rate: 50, metricKey: 'resettlement.resettlement-rate' });
    expect(view.rates.assistance).toMatchObject({ numerator: 2, denominator: 3, rate: 66.67, metricKey: 'resettlement.assistance-rate' });
    expect(view.rates.assistance.denominatorText).toContain('帮教期');
  });

  it('counts in the 帮教率 whoever’s 帮教期 touches the year, to its last day', async () => {
    const unit = await ensureUnit(t.database.db, { code: '399001', name: '帮教期测试单位' });
    const scope = {
      db: t.database.db,
      cipher: TEST_CIPHER,
      scope: singleUnitScope({ id: unit.id, code: '399001', name: '帮教期测试单位', parentId: null }),
      sheet: requireSheet('resettlement'),
      viewer: CLI_VIEWER,
      actor: { userId: null, name: 'test' },
    };
    // a 5-year 帮教期 from 2017-01-01 ends 2021-12-31 (out of 2022), from 2017-01-02 on 2022-01-01 (in)
    for (const releasedOn of ['2017-01-01', '2017-01-02'])
      await createRegisterRecord({ ...scope, input: { office: '某司法所', name: '冯某', releasedOn, assistedOn: releasedOn, assistance: '社会救助' } });
    const value = await computeMetric(t.database.db, requireMetric('resettlement.assistance-rate'), { unitIds: [unit.id], year: 2022, asOf: '2022-01-01', filter: null });
    expect(value).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect((await computeMetric(t.database.db, requireMetric('resettlement.assistance-rate'), { unitIds: [unit.id], year: 2021, asOf: '2021-12-31', filter: null })).denominator).toBe(2);
  });

  it('follows the 帮教期 setting in the clocks and in the metric', async () => {
    const settings = (await t.as(admin, { method: 'GET', url: `${U}/correction-settings` })).json();
    const put = await t.as(admin, { method: 'PUT', url: `${U}/correction-settings`, payload: { ...settings, aftercare: { ...settings.aftercare, correctionYears: 1 } } });
    expect(put.statusCode, put.body).toBe(200);
    const view = (await t.as(office, { method: 'GET', url: `${R}/aftercare?year=2022&asOf=2022-05-20` })).json();
    expect(view.people.find((p: { releasedOn: string }) => p.releasedOn === '2020-08-01')).toBeUndefined();
    expect(view.rates.assistance).toMatchObject({ numerator: 1, denominator: 2 });
    const [entry] = await rows(sql`select after from audit_log where action = 'settings.update' and entity_id = '315002/aftercare'`);
    expect(entry!.after).toMatchObject({ correctionYears: 1 });
    // the finance user may change settings but reads no sanctions (above); an office may not change them
    expect((await t.as(office, { method: 'PUT', url: `${U}/correction-settings`, payload: settings })).statusCode).toBe(403);
  });
});
