import { LAOTING_OFFICES } from '../../registers/demo/laoting-offices.js';
import { insertUnitOffice } from '../../repositories/unit.repository.js';
import { cliScope } from '../units/resolve-scope.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findUnitByCode, listProjectRows } from '../../repositories/goal-book.repository.js';
import { generateDemoRecords } from '../../registers/demo/generate-demo-records.js';
import { countRecordsInYear, insertRecords } from '../../registers/framework/record.repository.js';
import { toColumns } from '../../registers/framework/records.js';
import { validateRecord } from '../../registers/framework/validate.js';
import { sheetFromPath } from '../../registers/registry.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import type { PersonalDataCipher } from '../crypto/personal-data-cipher.js';
import { confirmProposedBindings } from '../indicators/bind-indicators.js';
import { insertCorrectionWorkDemo } from '../../registers/correction/demo-correction-work.js';

export const DEMO_UNIT_CODE = '315002';

export interface RegisterDemoResult {
  status: 'loaded' | 'present';
  counts: Record<string, number>;
  bindings: number;
}

/**
 * A year of demo register records for the sample unit, then the proposed indicator bindings
 * confirmed, so the progress board is live. Every generated record goes through the same validation
 * as a form or an import; all is written in one transaction, in batches of 1,000 rows. A year that
 * already has legal-aid cases is left alone.
 */
export async function loadRegisterDemo(o: { db: Db; cipher: PersonalDataCipher; year: number; actor: Actor; unitCode?: string }): Promise<RegisterDemoResult> {
  const unit = await findUnitByCode(o.db, o.unitCode ?? DEMO_UNIT_CODE);
  if (!unit) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${o.unitCode ?? DEMO_UNIT_CODE} 的单位：请先导入示例绩效目标（npx jixiao import samples/laoting-justice-2022.txt）`, en: `There is no unit with code ${o.unitCode ?? DEMO_UNIT_CODE}: import the sample goals first (npx jixiao import samples/laoting-justice-2022.txt)` });
  // the sample county's 司法所 are the demo unit's offices: forms pick from them, imports match them
  for (const name of LAOTING_OFFICES) await insertUnitOffice(o.db, { unitId: unit.id, kind: 'office', name });
  const projects = await listProjectRows(o.db, unit.id, o.year);
  if (projects.length === 0) throw new DomainError('NOT_FOUND', { zh: `${unit.name}没有 ${o.year} 年度的绩效目标：请先导入，演示台账要按项目生成满意度调查`, en: `${unit.name} has no performance goals for ${o.year}: import them first (the demo registers make satisfaction surveys per project)` });
  const cases = sheetFromPath('legal-aid/cases');
  const present = await countRecordsInYear(o.db, cases, unit.id, o.year);
  if (present > 0) {
    const bound = await confirmProposedBindings({ db: o.db, scope: await cliScope(o.db, unit.code), year: o.year, actor: o.actor, subject: null });
    return { status: 'present', counts: {}, bindings: bound.confirmed.length };
  }

  const generated = generateDemoRecords(o.year, projects.map((p) => ({ code: p.code, name: p.name })));
  const prepared = Object.entries(generated).map(([path, records]) => {
    const sheet = sheetFromPath(path);
    const rows = records.map((record, i) => {
      const { values, problems } = validateRecord(sheet, record);
      if (problems.length > 0) throw new Error(`demo record ${path}#${i + 1} is invalid: ${problems.map((p) => p.message).join('; ')}`);
      return { ...toColumns(sheet, values, o.cipher), unitId: unit.id, createdBy: o.actor.userId };
    });
    return { path, sheet, rows };
  });
  const counts: Record<string, number> = {};
  await o.db.transaction(async (tx) => {
    for (const { path, sheet, rows } of prepared) counts[path] = (await insertRecords(tx, sheet, rows)).length;
    const work = await insertCorrectionWorkDemo(tx, { cipher: o.cipher, unitId: unit.id, year: o.year, actorName: o.actor.name });
    Object.assign(counts, { 'correction/sanctions': work.sanctions, 'correction/joint-inspections': work.inspections, 'correction/opinions': work.opinions });
    await recordAudit(tx, { actor: o.actor, unitId: unit.id, action: 'register.demo', entity: 'register', entityId: `${unit.code}/${o.year}`, after: { counts } });
  });
  const bound = await confirmProposedBindings({ db: o.db, scope: await cliScope(o.db, unit.code), year: o.year, actor: o.actor, subject: null });
  return { status: 'loaded', counts, bindings: bound.confirmed.length };
}
