import type { TDrill } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import type { UnitRow } from '../../repositories/goal-book.repository.js';
import { findBinding, findIndicatorWithProject, listIndicatorsWithProjects } from '../../repositories/indicator-tracking.repository.js';
import { mayRead, maySeeSealed, officeOf, type RegisterViewer } from '../../registers/framework/access.js';
import { computeMetric, metricPeriod } from '../../registers/framework/compute-metric.js';
import { drillMetric } from '../../registers/framework/metric.repository.js';
import { viewOf } from '../../registers/framework/records.js';
import { findMetric } from '../../registers/registry.js';
import type { PersonalDataCipher } from '../crypto/personal-data-cipher.js';

/** Find an indicator by project code and name (as the CLI names it); null project code: a department indicator. */
export async function findIndicatorId(db: Db, unit: UnitRow, year: number, projectCode: string | null, name: string): Promise<number> {
  const rows = await listIndicatorsWithProjects(db, unit.id, year);
  const wanted = name.trim();
  const inProject = rows.filter((r) => (projectCode === null ? r.projectCode === null : r.projectCode === projectCode));
  if (projectCode !== null && inProject.length === 0) throw new DomainError('NOT_FOUND', `${unit.name}${year}年度没有编码为 ${projectCode} 的项目`);
  const hit = inProject.find((r) => r.indicator.name === wanted) ?? inProject.find((r) => r.indicator.name.trim() === wanted);
  if (!hit) throw new DomainError('NOT_FOUND', `项目 ${projectCode ?? '（部门整体）'} 中没有名为“${wanted}”的指标；该项目的指标有：${inProject.map((r) => r.indicator.name).join('、')}`);
  return hit.indicator.id;
}

/**
 * The records behind a bound indicator's actual: for a count exactly the counted records, for a sum the
 * summed ones, for a rate the denominator's records each marked whether it is in the numerator. Records
 * are masked; a sealed record appears only as a placeholder (counted, not described) to readers who may
 * not unmask; a 司法所 reader sees its own office's records and how many others there are.
 */
export async function drillIndicator(o: { db: Db; cipher: PersonalDataCipher; unit: UnitRow; year: number; indicatorId: number; asOf: string; viewer: RegisterViewer }): Promise<TDrill> {
  const found = await findIndicatorWithProject(o.db, o.unit.id, o.indicatorId);
  if (!found || found.indicator.year !== o.year) throw new DomainError('NOT_FOUND', `${o.year}年度没有编号为 ${o.indicatorId} 的指标`);
  const binding = await findBinding(o.db, o.indicatorId);
  const metric = binding ? findMetric(binding.metric) : undefined;
  if (!binding || !metric) throw new DomainError('NOT_FOUND', `指标“${found.indicator.name}”没有绑定台账取数口径，其完成值为人工填报，没有可追溯的台账记录`);
  const scope = { unitId: o.unit.id, period: metricPeriod(o.unit.id, o.year, o.asOf), filter: binding.filter };
  const sheet = metric.sheet;
  const recordAccess = mayRead(o.viewer, sheet.kind);
  const [value, rows] = await Promise.all([computeMetric(o.db, metric, { unitId: o.unit.id, year: o.year, asOf: o.asOf, filter: binding.filter }), recordAccess ? drillMetric(o.db, metric, scope) : []]);
  const office = officeOf(o.viewer);
  const sealedVisible = maySeeSealed(o.viewer, sheet.kind);
  const visible = office === null ? rows : rows.filter((r) => r.office === office);
  const records = visible.map((row) => {
    const inNumerator = metric.kind === 'rate' ? { inNumerator: row.inNumerator === true } : {};
    if (sheet.sealedKey && row[sheet.sealedKey] === true && !sealedVisible) {
      return { id: row.id, sealed: true, values: {}, derived: {}, createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(), ...inNumerator };
    }
    return { ...viewOf(sheet, row, o.cipher, { unmask: false, asOf: o.asOf }), ...inNumerator };
  });
  const sumField = metric.kind === 'sum' ? metric.sumKey! : null;
  return {
    indicator: { id: found.indicator.id, projectCode: found.projectCode, name: found.indicator.name, target: found.indicator.targetRaw },
    metric: metric.key,
    metricName: metric.name,
    kind: metric.kind,
    unit: metric.unit,
    sheet: { kind: sheet.kind, id: sheet.id, name: sheet.name },
    filter: binding.filter,
    actual: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    sumField,
    columns: sheet.fields.map((f) => ({ key: f.key, label: f.label })),
    recordAccess,
    records,
    hidden: rows.length - visible.length,
  };
}
