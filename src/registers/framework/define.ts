import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TMetricStandard } from '../../core/metric-standard.js';
import type { DeadlineRule } from '../../core/deadlines.js';
import type { TRegisterKind } from '../../core/register-kinds.js';
import type { LocalizedText } from '../../core/errors.js';
import type { Executor } from '../../db/client.js';
import type { AggregateDisagreement } from './aggregate.repository.js';
import { field, type FieldDef, type FieldValue } from './fields.js';
import type { RegisterTable } from './table.js';

/**
 * How a register declares itself: its sheets (one table each, with field declarations, its business
 * date and its rules) and the metrics it offers to indicators. Generic code (list, detail, create,
 * update, import, template, metrics, drill-down) serves every sheet from these declarations, so a
 * register folder holds only what is its own: tables, fields, rules and metric definitions.
 */

export type RecordValues = Record<string, FieldValue>;

/** A problem with one field: what is wrong, in Chinese and English (rules name it without the field's label). */
export interface FieldProblem {
  key: string;
  message: LocalizedText;
}

export interface SheetDef {
  kind: TRegisterKind;
  /** id within the register, e.g. cases; addressed as legal-aid/cases */
  id: string;
  /** Chinese name, e.g. 法律援助案件 (also the import template's sheet name) */
  name: string;
  /** English name for English-mode screens and messages, e.g. Legal aid cases */
  nameEn: string;
  table: RegisterTable;
  /** the business date (a required date field): metrics and lists filter and sort on it */
  dateKey: string;
  /** the field that names a record in drill-downs and audit entries */
  titleKey: string;
  fields: FieldDef[];
  /** a boolean field; a record where it is true is sealed (社区矫正法 Art.54: minors) */
  sealedKey?: string;
  /** rules across fields (dates in order, what a decision needs) */
  check?: (record: RecordValues) => FieldProblem[];
  /** values computed for display as of a date (legal deadlines), labelled in `derivedLabels` */
  derive?: (record: RecordValues, asOf: string) => RecordValues;
  derivedLabels?: Record<string, LocalizedText>;
  /**
   * legal deadlines the bureau must keep (core/deadlines.ts), as data: the list filters and counts
   * records by them in SQL (overdue, due soon, late, on time) as of the list's date
   */
  deadlines?: readonly DeadlineRule[];
  /**
   * an aggregate of the sheet's own a metric of another sheet reads (study hours per officer): kept
   * by every write with the metric aggregates (`adjustMetricAggregates`), rebuilt and checked with them
   */
  aggregate?: SheetAggregate;
}

/** A sheet's own aggregate: adjusted by the records' contributions, rebuilt from and compared with all of them. */
export interface SheetAggregate {
  /** add (1) or take out (-1) these records' contributions, in the writer's transaction */
  adjust: (exec: Executor, ids: readonly number[], sign: 1 | -1) => Promise<void>;
  rebuild: (exec: Executor) => Promise<void>;
  compare: (exec: Executor, limit: number) => Promise<{ count: number; sample: AggregateDisagreement[] }>;
  /** what its rows mean (the SQL of a record's contribution): part of the fingerprint a changed definition rebuilds on */
  definition: () => string;
}

export type Columns = Record<string, AnyPgColumn>;

export interface MetricPeriod {
  /** the units whose records are counted (the scope's unitIds; for metrics that read a second sheet) */
  unitIds: number[];
  year: number;
  /** year-01-01 */
  start: string;
  /** min(asOf, year-12-31): the last business day counted; before `start` when the period is empty */
  end: string;
  /** as of a date before the year: nothing is counted (metrics answer 0 without querying) */
  empty: boolean;
  asOf: string;
  /** months of the year completed by `end` (a month counts once its last day has passed): prorated requirements */
  elapsedMonths: number;
}

export type MetricKind = 'count' | 'rate' | 'sum';

export interface MetricDef {
  /** e.g. legal-aid.cases-accepted */
  key: string;
  name: string;
  kind: MetricKind;
  /** unit of the value: 件, 人, 次, 份, 台, % */
  unit: string;
  /** 口径: what is counted, in Chinese */
  description: string;
  sheet: SheetDef;
  /**
   * which records belong to the period; default: business date within [start, end]. Without a window
   * the metric is kept in daily aggregates (aggregate.repository.ts), so `where` and `numerator` may
   * then read only `start` and `end` of the period, and a condition on `end` may only compare it with
   * a record's date plus 0, 1, 3 or 7 days (the days on which the figure can change).
   */
  window?: (c: Columns, p: MetricPeriod) => SQL;
  /** further conditions on the counted records (count, sum) or the denominator (rate) */
  where?: (c: Columns, p: MetricPeriod) => SQL;
  /** rate: the condition that puts a denominator record into the numerator */
  numerator?: (c: Columns, p: MetricPeriod) => SQL;
  /** sum: the int field summed */
  sumKey?: string;
  /** binding filters a metric accepts: filter name → field key (survey.satisfaction-rate: project → projectCode) */
  filters?: Record<string, string>;
  lowerIsBetter?: boolean;
  /**
   * the conditions read more than the record's own columns (another sheet, a unit setting, a date
   * computed from a setting): the daily aggregates cannot follow such a metric (a write elsewhere
   * changes it), so it is computed from its records each time
   */
  readsBeyondRecord?: true;
  /** how a qualitative target bound to this metric reads as achieved (on-time rates: 100% within the legal deadline) */
  standard?: TMetricStandard;
}

export interface RegisterDef {
  kind: TRegisterKind;
  name: string;
  sheets: SheetDef[];
  metrics: MetricDef[];
}

type SheetSpec = Omit<SheetDef, 'fields'> & { fields: FieldDef[]; officeRequired?: boolean };

/** A sheet with the office field every register carries, checked for a coherent declaration. */
export function defineSheet(spec: SheetSpec): SheetDef {
  const { officeRequired, ...rest } = spec;
  const office = field.text('office', { zh: '司法所', en: 'Justice office' }, {
    required: officeRequired ?? false,
    filter: true,
    hint: { zh: '所属司法所全称，如 胡家坨司法所；在局机关办理的可留空', en: 'Full name of the justice office as listed under Units & offices; empty for work done at the bureau' },
  });
  const fields = [office, ...spec.fields];
  const keys = new Set<string>();
  for (const f of fields) {
    if (keys.has(f.key)) throw new Error(`${spec.kind}/${spec.id}: field ${f.key} declared twice`);
    keys.add(f.key);
    if (!(f.column in (spec.table as object))) throw new Error(`${spec.kind}/${spec.id}: field ${f.key} has no column ${f.column}`);
  }
  const date = fields.find((f) => f.key === spec.dateKey);
  if (!date || date.type !== 'date' || !date.required) throw new Error(`${spec.kind}/${spec.id}: business date ${spec.dateKey} must be a required date field`);
  if (!keys.has(spec.titleKey)) throw new Error(`${spec.kind}/${spec.id}: title field ${spec.titleKey} is not declared`);
  if (spec.sealedKey && fields.find((f) => f.key === spec.sealedKey)?.type !== 'bool') throw new Error(`${spec.kind}/${spec.id}: sealed field must be a bool field`);
  for (const rule of spec.deadlines ?? []) {
    for (const key of [rule.start, rule.done]) if (fields.find((f) => f.key === key)?.type !== 'date') throw new Error(`${spec.kind}/${spec.id}: deadline ${rule.key} needs date field ${key}`);
    for (const c of rule.when ?? []) if (fields.find((f) => f.key === c.field)?.personal !== undefined || !keys.has(c.field)) throw new Error(`${spec.kind}/${spec.id}: deadline ${rule.key} cannot test ${c.field}`);
  }
  return { ...rest, fields };
}

const SHEET_METRICS = new WeakMap<SheetDef, MetricDef[]>();

/** The metrics computed over a sheet's records (every write keeps their daily aggregates). */
export const metricsOfSheet = (sheet: SheetDef): readonly MetricDef[] => SHEET_METRICS.get(sheet) ?? [];

/**
 * Whether a metric is kept in the daily aggregates: every metric whose conditions read only its
 * record's own columns and the period's start and end. A metric with a window of its own (a term
 * overlapping the period, open-ended into later years) is kept per year it can count in, plus a
 * steady row for every later year (aggregate.repository.ts). One reading beyond its record
 * (`readsBeyondRecord`: study hours from another sheet, alarms, aftercare settings) is computed from
 * its records each time (the study hours themselves from the study sheet's own aggregate).
 */
export const isAggregated = (m: MetricDef): boolean => m.readsBeyondRecord !== true;

export function defineRegister(def: RegisterDef): RegisterDef {
  for (const m of def.metrics) {
    SHEET_METRICS.set(m.sheet, [...(SHEET_METRICS.get(m.sheet) ?? []), m]);
    if (!m.key.startsWith(`${def.kind}.`)) throw new Error(`metric ${m.key} must start with ${def.kind}.`);
    if (m.kind === 'rate' && !m.numerator) throw new Error(`rate metric ${m.key} needs a numerator`);
    if (m.kind === 'sum' && !m.sumKey) throw new Error(`sum metric ${m.key} needs sumKey`);
  }
  return def;
}

/** A sheet's columns by property name, for SQL built from declarations. */
export const columnsOf = (sheet: SheetDef): Columns => sheet.table as unknown as Columns;
