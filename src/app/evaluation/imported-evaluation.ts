import { isDeepStrictEqual } from 'node:util';
import type { TUnitScope } from '../../core/access/scope.js';
import { ZImportedEvaluation, type TImportedActual, type TImportedEvaluation } from '../../contract/imported-evaluation.js';
import { DomainError } from '../../core/errors.js';
import type { Db, Executor } from '../../db/client.js';
import { ensureUnit, findUnitByCode, lockUnit } from '../../repositories/goal-book.repository.js';
import { findImportedEvaluation, findUnitsByName, upsertImportedEvaluation } from '../../repositories/imported-evaluation.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

/**
 * Self-evaluations imported from documents (自评表 of another system or an earlier year), kept as the
 * unit-year's history: stored (replacing an earlier import of the same year, audited), read back
 * read-only, and asked for last year's actuals by indicator name.
 */

async function resolveUnit(tx: Executor, unit: TImportedEvaluation['unit']) {
  if (unit.code !== '') return (await findUnitByCode(tx, unit.code)) ?? ensureUnit(tx, unit);
  const named = await findUnitsByName(tx, unit.name);
  if (named.length === 1) return named[0]!;
  throw new DomainError(named.length === 0 ? 'NOT_FOUND' : 'CONFLICT', {
    zh: named.length === 0 ? `自评表只写了单位名称“${unit.name}”，系统中没有这个名称的单位：请在自评表中写明单位编码（如“预算单位：[315002]${unit.name}”）` : `自评表只写了单位名称“${unit.name}”，系统中有 ${named.length} 个同名单位：请在自评表中写明单位编码`,
    en: named.length === 0 ? `The self-evaluation names its unit “${unit.name}” without a code and no unit has that name: add the unit code` : `The self-evaluation names its unit “${unit.name}” without a code and ${named.length} units have that name: add the unit code`,
  });
}

export interface StoreImportedEvaluationResult {
  status: 'created' | 'updated' | 'unchanged';
  unit: { code: string; name: string };
}

export async function storeImportedEvaluation(o: { db: Db; evaluation: TImportedEvaluation; sourceName: string; actor: Actor }): Promise<StoreImportedEvaluationResult> {
  const evaluation = ZImportedEvaluation.parse(o.evaluation);
  return o.db.transaction(async (tx) => {
    const unit = await resolveUnit(tx, evaluation.unit);
    await lockUnit(tx, unit.id);
    const content: TImportedEvaluation = { ...evaluation, unit: { code: unit.code, name: evaluation.unit.name } };
    const stored = await findImportedEvaluation(tx, unit.id, evaluation.year);
    if (stored && isDeepStrictEqual(stored.content, content)) return { status: 'unchanged', unit: { code: unit.code, name: unit.name } };
    await upsertImportedEvaluation(tx, { unitId: unit.id, year: evaluation.year, content, sourceName: o.sourceName, importedByName: o.actor.name });
    const summary = { sourceName: o.sourceName, projects: content.projects.length, indicators: content.projects.reduce((n, p) => n + p.indicators.length, 0) };
    await recordAudit(tx, {
      actor: o.actor,
      unitId: unit.id,
      action: 'evaluation.import',
      entity: 'imported_evaluation',
      entityId: `${unit.code}/${evaluation.year}`,
      before: stored ? { sourceName: stored.sourceName, importedAt: stored.importedAt.toISOString() } : null,
      after: summary,
    });
    return { status: stored ? 'updated' : 'created', unit: { code: unit.code, name: unit.name } };
  });
}

export interface ImportedEvaluationView {
  evaluation: TImportedEvaluation;
  sourceName: string;
  importedAt: string;
  importedBy: string;
}

/** The unit-year's imported evaluation (read-only history), or null. */
export async function getImportedEvaluation(o: { db: Db; scope: TUnitScope; year: number }): Promise<ImportedEvaluationView | null> {
  const row = await findImportedEvaluation(o.db, o.scope.rootUnit.id, o.year);
  if (!row) return null;
  return { evaluation: ZImportedEvaluation.parse(row.content), sourceName: row.sourceName, importedAt: row.importedAt.toISOString(), importedBy: row.importedByName };
}

export interface ImportedActuals {
  /** actual by indicator name (the first project naming it wins) */
  byName: Map<string, TImportedActual>;
  /** actual by project code, then indicator name */
  byProject: Map<string, Map<string, TImportedActual>>;
}

/**
 * The actuals an imported evaluation records for (unit, year) — "last year's actual" for rollover and
 * for review's "target lower than last year's result". Empty maps when nothing was imported.
 */
export async function importedActuals(o: { db: Executor; unitId: number; year: number }): Promise<ImportedActuals> {
  const byName = new Map<string, TImportedActual>();
  const byProject = new Map<string, Map<string, TImportedActual>>();
  const row = await findImportedEvaluation(o.db, o.unitId, o.year);
  if (!row) return { byName, byProject };
  const evaluation = ZImportedEvaluation.parse(row.content);
  for (const p of evaluation.projects) {
    const own = new Map<string, TImportedActual>();
    for (const i of p.indicators) {
      if (i.actual.raw === '') continue;
      if (!byName.has(i.name)) byName.set(i.name, i.actual);
      own.set(i.name, i.actual);
    }
    byProject.set(p.code, own);
  }
  return { byName, byProject };
}
