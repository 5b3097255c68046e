import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client.js';
import { readGoalDocument } from '../../documents/read-goal-document.js';
import { findUnitByCode } from '../../repositories/goal-book.repository.js';
import { insertPaymentHistory, insertPayments, listSpendingProjects, type PaymentInsert } from '../../repositories/spending.repository.js';
import { insertUnit } from '../../repositories/unit.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { PersonalDataCipher } from '../crypto/personal-data-cipher.js';
import { importGoalBook } from '../goal-book/import-goal-book.js';
import { confirmProposedBindings } from '../indicators/bind-indicators.js';
import { newPaymentRow, snapshotOf } from '../spending/payment-view.js';
import { cliScope } from '../units/resolve-scope.js';
import { generateCountyUnits } from './county-units.js';
import { generateDemoPayments } from './demo-payments.js';
import { SAMPLE_FILE } from './load-demo.js';
import { loadRegisterDemo } from './load-register-demo.js';

export interface CountyDemoResult {
  status: 'loaded' | 'present';
  parent: { code: string; name: string };
  units: number;
  justiceBureaus: number;
  payments: number;
  registerRecords: number;
}

/** The parent unit: a county finance bureau, or a province's finance department above 200 units. */
export const countyParent = (units: number) => (units > 200 ? { code: '130000', name: '示例省财政厅', prefix: '13' } : { code: '390000', name: '示例县财政局', prefix: '39' });

/**
 * `jixiao demo county`: a parent unit and `units` departments under it, each with its goal book (the
 * usual import path), a year of payments (generated per project as the single-unit demo does, written
 * by the bulk insert the payment import uses, with their first history versions, one audit entry per
 * unit) and its proposed indicator bindings confirmed; justice bureaus get the demo year of register
 * records. Deterministic for a year and a number of units; a parent that already has the units is left
 * alone.
 */
export async function loadCountyDemo(o: { db: Db; cipher: PersonalDataCipher; year: number; units: number; actor: Actor; log?: (line: string) => void; /** registers for only the first n justice bureaus (benchmarks at province size); default all */ registerBureaus?: number }): Promise<CountyDemoResult> {
  const log = o.log ?? (() => {});
  const parentSpec = countyParent(o.units);
  const justiceBook = await readGoalDocument(await readFile(SAMPLE_FILE), { fileName: path.basename(SAMPLE_FILE) });
  const specs = generateCountyUnits({ units: o.units, year: o.year, seed: o.year, justiceBook, codePrefix: parentSpec.prefix });
  const existing = await findUnitByCode(o.db, parentSpec.code);
  const result: CountyDemoResult = { status: 'loaded', parent: { code: parentSpec.code, name: parentSpec.name }, units: specs.length, justiceBureaus: specs.filter((s) => s.justice).length, payments: 0, registerRecords: 0 };
  if (existing && (await findUnitByCode(o.db, specs[specs.length - 1]!.code))) return { ...result, status: 'present' };
  const parent = existing ?? (await insertUnit(o.db, { code: parentSpec.code, name: parentSpec.name, parentId: null }));
  let justiceLoaded = 0;
  for (const [i, spec] of specs.entries()) {
    if (!(await findUnitByCode(o.db, spec.code))) await insertUnit(o.db, { code: spec.code, name: spec.name, parentId: parent.id });
    await importGoalBook({ db: o.db, book: spec.book, actor: o.actor, note: 'demo county' });
    const unit = (await findUnitByCode(o.db, spec.code))!;
    result.payments += await insertUnitPayments(o.db, unit.id, o.year, o.actor);
    if (spec.justice && justiceLoaded++ < (o.registerBureaus ?? Infinity)) {
      const loaded = await loadRegisterDemo({ db: o.db, cipher: o.cipher, year: o.year, actor: o.actor, unitCode: spec.code });
      result.registerRecords += Object.values(loaded.counts).reduce((a, b) => a + b, 0);
    } else await confirmProposedBindings({ db: o.db, scope: await cliScope(o.db, spec.code), year: o.year, actor: o.actor, subject: null });
    if ((i + 1) % 50 === 0 || i + 1 === specs.length) log(`  ${i + 1}/${specs.length} 个单位`);
  }
  return result;
}

/** A year of generated payments of one unit's projects in one transaction: payments, their first versions, one audit entry. */
async function insertUnitPayments(db: Db, unitId: number, year: number, actor: Actor): Promise<number> {
  const projects = await listSpendingProjects(db, unitId, year);
  const byCode = new Map(projects.map((p) => [p.code, p]));
  const generated = generateDemoPayments({
    year,
    seed: year ^ unitId,
    projects: projects.map((p) => ({ code: p.code, name: p.name, purpose: p.purpose, budgetFen: p.budgetTotalFen, budgetOtherFen: p.budgetOtherFen, spendingPlan: p.spendingPlan })),
  });
  const values: PaymentInsert[] = generated.map((p) => newPaymentRow({ unitId, year, projectId: byCode.get(p.projectCode)!.id }, p, actor));
  await db.transaction(async (tx) => {
    const ids = await insertPayments(tx, values);
    await insertPaymentHistory(
      tx,
      values.map((v, i) => ({ paymentId: ids[i]!, version: 1, action: 'create' as const, snapshot: snapshotOf({ ...v, status: 'active', voidReason: null }, generated[i]!.projectCode), reason: '示例支付数据', actorId: actor.userId, actorName: actor.name })),
    );
    await recordAudit(tx, { actor, unitId, action: 'payment.import', entity: 'payment', entityId: `${unitId}/${year}`, before: null, after: { fileName: '示例支付数据', count: ids.length } });
  });
  return values.length;
}
