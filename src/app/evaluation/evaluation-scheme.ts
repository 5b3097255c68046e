import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import { DomainError } from '../../core/errors.js';
import { allocateWeights } from '../../core/scoring/score.js';
import type { Db } from '../../db/client.js';
import { upsertScheme } from '../../repositories/evaluation.repository.js';
import { loadGoalBook, type UnitRow } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { schemeOf } from './get-evaluation.js';

export async function getEvaluationScheme(o: { db: Db; unit: UnitRow; year: number }): Promise<TScoringScheme> {
  return schemeOf(o.db, o.unit.id, o.year);
}

/** Store the unit-year's scheme; refused unless every project's weights add up to 100 with it. */
export async function updateEvaluationScheme(o: { db: Db; unit: UnitRow; year: number; actor: Actor; scheme: TScoringScheme }): Promise<TScoringScheme> {
  return o.db.transaction(async (tx) => {
    const stored = await loadGoalBook(tx, o.unit, o.year);
    if (!stored) throw new DomainError('NOT_FOUND', { zh: `${o.unit.name}没有 ${o.year} 年度的绩效目标`, en: `No goal book for ${o.year}` });
    const problems = stored.content.projects.flatMap((p) => {
      const ids = stored.indicatorIds.get(p.code) ?? [];
      const list = p.indicators.map((i, n) => ({ key: String(ids[n]), level1: i.level1, name: i.name, documentWeight: i.weight }));
      return allocateWeights(list, o.scheme).problems.map((x) => `项目“${p.name}”：${x.zh}`);
    });
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', { zh: `评分规则的分值合计不对：${problems.slice(0, 3).join('；')}${problems.length > 3 ? `……（共 ${problems.length} 处）` : ''}`, en: 'The scheme’s weights do not add up' }, { problems });
    const before = await schemeOf(tx, o.unit.id, o.year);
    await upsertScheme(tx, o.unit.id, o.year, o.scheme, o.actor.name);
    await recordAudit(tx, { actor: o.actor, unitId: o.unit.id, action: 'evaluation.scheme', entity: 'evaluation_scheme', entityId: `${o.unit.code}/${o.year}`, before, after: o.scheme });
    return o.scheme;
  });
}
