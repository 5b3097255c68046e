import type { TUnitScope } from '../../core/access/scope.js';
import type { TLibraryDetail, TLibraryEntry, TLibraryHistoryRow } from '../../contract/api/library-api.js';
import { DomainError } from '../../core/errors.js';
import { nameKey } from '../../core/library/name-similarity.js';
import type { Db } from '../../db/client.js';
import { findLibraryEntry, listIndicatorNames, listLibrary, type LibraryRow } from '../../repositories/indicator-library.repository.js';
import { loadUnitTree } from '../../repositories/unit.repository.js';
import { findCatalogMetric } from '../indicators/metric-catalog.js';
import { previousActuals } from '../indicators/previous-actuals.js';

export function libraryEntryView(row: LibraryRow, uses: number): TLibraryEntry {
  return {
    id: row.id,
    name: row.name,
    level1: row.level1,
    level2: row.level2,
    definition: row.definition,
    counted: row.counted,
    excluded: row.excluded,
    unitOfMeasure: row.unitOfMeasure,
    direction: row.direction,
    metric: row.metric,
    metricName: row.metric ? (findCatalogMetric(row.metric)?.name ?? null) : null,
    updatedBy: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
    uses,
  };
}

/** The library (shared by every unit), each entry with how many indicators of the given units (the reader's scope) use its name. */
export async function listLibraryEntries(o: { db: Db; unitIds: readonly number[] }): Promise<TLibraryEntry[]> {
  const [rows, names] = await Promise.all([listLibrary(o.db), listIndicatorNames(o.db, o.unitIds)]);
  const uses = new Map<string, number>();
  for (const n of names) uses.set(nameKey(n.name), (uses.get(nameKey(n.name)) ?? 0) + 1);
  return rows.map((r) => libraryEntryView(r, uses.get(r.nameKey) ?? 0));
}

/**
 * One entry with each unit's history (within the reader's scope): every indicator of that name by unit
 * and year, its target and its actual — through previous-actuals, so an approved year shows the frozen
 * figure of its self-evaluation and any other year its live figure as of 12-31.
 */
export async function getLibraryEntry(o: { db: Db; scope: TUnitScope; id: number }): Promise<TLibraryDetail> {
  const row = await findLibraryEntry(o.db, o.id);
  if (!row) throw new DomainError('NOT_FOUND', { zh: `指标库中没有编号为 ${o.id} 的指标`, en: `The indicator library has no entry ${o.id}` });
  const used = (await listIndicatorNames(o.db, o.scope.unitIds)).filter((n) => nameKey(n.name) === row.nameKey);
  const tree = new Map((await loadUnitTree(o.db)).map((u) => [u.id, u]));
  const years = [...new Map(used.map((u) => [`${u.unitId}|${u.year}`, u])).values()];
  const actuals = new Map<string, Awaited<ReturnType<typeof previousActuals>>>();
  for (const u of years) actuals.set(`${u.unitId}|${u.year}`, await previousActuals({ db: o.db, unit: tree.get(u.unitId)!, year: u.year }));
  const history: TLibraryHistoryRow[] = used.map((u) => {
    const a = actuals.get(`${u.unitId}|${u.year}`)!.list.find((x) => x.indicatorId === u.id) ?? null;
    return {
      unit: { code: u.unitCode, name: u.unitName },
      year: u.year,
      projectCode: u.projectCode,
      projectName: u.projectName,
      name: u.name,
      target: u.target,
      actual: a?.actual ?? null,
      assessment: a?.assessment ?? null,
      actualSource: a?.source ?? null,
    };
  });
  return { entry: libraryEntryView(row, used.length), history };
}
