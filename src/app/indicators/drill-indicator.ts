import type { TDrill } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import type { TUnitNode, TUnitScope } from '../../core/access/scope.js';
import { findBinding, findIndicatorWithProject, listIndicatorsWithProjects } from '../../repositories/indicator-tracking.repository.js';
import { mayRead, maySeeSealed, officeOf, type RegisterViewer } from '../../registers/framework/access.js';
import { computeMetric, metricPeriod } from '../../registers/framework/compute-metric.js';
import { countUnlisted, drillMetric } from '../../registers/framework/metric.repository.js';
import { auditSealedRead } from '../../registers/framework/list-records.js';
import { viewOf } from '../../registers/framework/records.js';
import { findMetric } from '../../registers/registry.js';
import type { Actor } from '../actor.js';
import type { PersonalDataCipher } from '../crypto/personal-data-cipher.js';
import { drillLedger } from './drill-ledger.js';

/** Find an indicator by project code and name (as the CLI names it); null project code: a department indicator. */
export async function findIndicatorId(db: Db, unit: TUnitNode, year: number, projectCode: string | null, name: string): Promise<number> {
  const rows = await listIndicatorsWithProjects(db, unit.id, year);
  const wanted = name.trim();
  const inProject = rows.filter((r) => (projectCode === null ? r.projectCode === null : r.projectCode === projectCode));
  if (projectCode !== null && inProject.length === 0) throw new DomainError('NOT_FOUND', { zh: `${unit.name}${year}年度没有编码为 ${projectCode} 的项目`, en: `${unit.name} has no project ${projectCode} in ${year}` });
  const hit = inProject.find((r) => r.indicator.name === wanted) ?? inProject.find((r) => r.indicator.name.trim() === wanted);
  if (!hit) throw new DomainError('NOT_FOUND', { zh: `项目 ${projectCode ?? '（部门整体）'} 中没有名为“${wanted}”的指标；该项目的指标有：${inProject.map((r) => r.indicator.name).join('、')}`, en: `Project ${projectCode ?? '(department)'} has no indicator “${wanted}”; its indicators are: ${inProject.map((r) => r.indicator.name).join(', ')}` });
  return hit.indicator.id;
}

export interface DrillPaging {
  page: number;
  /** null: every record (the CLI lists all the records behind a number) */
  pageSize: number | null;
}

/**
 * The records behind a bound indicator's actual: for a count exactly the counted records, for a sum the
 * summed ones, for a rate the denominator's records each marked whether it is in the numerator.
 *
 * The figure, the counts of what the reader does not get listed and the page of records are read in one
 * REPEATABLE READ transaction: one snapshot, so they cannot disagree while records are being written.
 * The reader's scope is in the SQL: a 司法所 reader gets its own office's records (`hidden` counts the
 * others), and sealed records (社区矫正法 Art.54) are, for readers who may not see them, only counts —
 * no id, no numerator mark (for 重新犯罪率 that would say who re-offended). Only the page is decrypted,
 * masked. A reader who may not read the register gets the figures and `recordAccess: false`. A page
 * that lists sealed records is audited.
 */
export async function drillIndicator(o: {
  db: Db;
  cipher: PersonalDataCipher;
  scope: TUnitScope;
  year: number;
  indicatorId: number;
  asOf: string;
  viewer: RegisterViewer;
  actor: Actor;
  paging: DrillPaging;
}): Promise<TDrill> {
  const found = await findIndicatorWithProject(o.db, o.scope.rootUnit.id, o.indicatorId);
  if (!found || found.indicator.year !== o.year) throw new DomainError('NOT_FOUND', { zh: `${o.year}年度没有编号为 ${o.indicatorId} 的指标`, en: `There is no indicator ${o.indicatorId} in ${o.year}` });
  const binding = await findBinding(o.db, o.indicatorId);
  const indicator = { id: found.indicator.id, projectCode: found.projectCode, name: found.indicator.name, target: found.indicator.targetRaw };
  if (binding?.metric.startsWith('spending.')) {
    return drillLedger({ db: o.db, scope: o.scope, year: o.year, asOf: o.asOf, viewer: o.viewer, indicator, binding: { metric: binding.metric, filter: binding.filter }, paging: o.paging });
  }
  const metric = binding ? findMetric(binding.metric) : undefined;
  if (!binding || !metric) throw new DomainError('NOT_FOUND', { zh: `指标“${found.indicator.name}”没有绑定台账取数口径，其完成值为人工填报，没有可追溯的台账记录`, en: `Indicator “${found.indicator.name}” is not bound to a register metric: its values are entered by hand and have no register records behind them` });
  const sheet = metric.sheet;
  const recordAccess = mayRead(o.viewer, sheet.kind);
  const drillScope = { office: officeOf(o.viewer), excludeSealed: !maySeeSealed(o.viewer, sheet.kind) };
  const scope = { unitIds: o.scope.unitIds, period: metricPeriod(o.scope.unitIds, o.year, o.asOf), filter: binding.filter };
  const { pageSize } = o.paging;

  const { value, unlisted, rows } = await o.db.transaction(
    async (tx) => {
      const value = await computeMetric(tx, metric, { unitIds: o.scope.unitIds, year: o.year, asOf: o.asOf, filter: binding.filter });
      if (!recordAccess) return { value, unlisted: null, rows: [] };
      const unlisted = await countUnlisted(tx, metric, scope, drillScope);
      const listed = value.recordCount - unlisted.hidden - unlisted.sealed;
      const offset = pageSize === null ? 0 : (o.paging.page - 1) * pageSize;
      const rows = listed <= offset ? [] : await drillMetric(tx, metric, scope, { ...drillScope, limit: pageSize, offset });
      return { value, unlisted, rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  const records = rows.map((row) => ({ ...viewOf(sheet, row, o.cipher, { unmask: false, asOf: o.asOf }), ...(metric.kind === 'rate' ? { inNumerator: row.inNumerator === true } : {}) }));
  const sealedShown = records.filter((r) => r.sealed);
  if (sealedShown.length > 0) {
    await o.db.transaction((tx) => auditSealedRead(tx, { actor: o.actor, scope: o.scope, sheet, view: 'drill', entityId: sealedShown.map((r) => r.id).join(','), count: sealedShown.length, extra: { indicatorId: o.indicatorId } }));
  }
  return {
    indicator,
    metric: metric.key,
    metricName: metric.name,
    kind: metric.kind,
    unit: metric.unit,
    sheet: { kind: sheet.kind, id: sheet.id, name: sheet.name, nameEn: sheet.nameEn },
    filter: binding.filter,
    actual: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    sumField: metric.kind === 'sum' ? metric.sumKey! : null,
    columns: sheet.fields.map((f) => ({ key: f.key, label: f.label, labelEn: f.labelEn })),
    recordAccess,
    records,
    total: unlisted ? value.recordCount - unlisted.hidden - unlisted.sealed : 0,
    page: pageSize === null ? 1 : o.paging.page,
    pageSize,
    hidden: unlisted?.hidden ?? 0,
    sealed: { records: unlisted?.sealed ?? 0, inNumerator: metric.kind === 'rate' ? (unlisted?.sealedInNumerator ?? 0) : null },
  };
}

/** A sealed record behind a figure, as the CLI lists it: that it exists, nothing else (no id, no numerator mark). */
export interface SealedPlaceholder {
  sealed: true;
  values: Record<string, never>;
  derived: Record<string, never>;
}

/**
 * Every record behind a drill-down's figure, one entry each, as the CLI prints them: the listed records
 * and, for each sealed record the reader may not see, an anonymous placeholder at the end — so the list
 * is as long as the figure's record count while telling nothing about who is sealed.
 */
export function everyRecordBehind(drill: TDrill): Array<TDrill['records'][number] | SealedPlaceholder> {
  const placeholders = Array.from({ length: drill.sealed.records }, (): SealedPlaceholder => ({ sealed: true, values: {}, derived: {} }));
  return [...drill.records, ...placeholders];
}
