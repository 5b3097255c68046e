import { and, asc, desc, eq, inArray, isNull, lte, gte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { correctionPeople } from '../schema.js';
import { adjustMetricAggregates } from '../../framework/aggregate.repository.js';
import { correctionAlarms, correctionDailyReports, correctionSensitivePeriods, correctionVendors } from './schema.js';
import { alarmSheet, dailyReportSheet } from './sheets.js';

/**
 * The drizzle code of correction supervision: vendors, alarms, zero reports, sensitive periods. Alarms
 * and zero reports are register records: every write here keeps their metric aggregates (metric_daily)
 * in the same transaction, as the register framework's writes do.
 */

const idsOf = (result: unknown) => (result as { rows: Array<{ id: number }> }).rows.map((r) => Number(r.id));

export async function findVendorByKeyHash(exec: Executor, keyHash: string) {
  const [row] = await exec.select({ id: correctionVendors.id, unitId: correctionVendors.unitId, name: correctionVendors.name }).from(correctionVendors).where(eq(correctionVendors.keyHash, keyHash));
  return row ?? null;
}

export async function insertVendor(exec: Executor, v: { unitId: number; name: string; keyHash: string; createdBy: string }): Promise<number> {
  const [row] = await exec.insert(correctionVendors).values(v).returning({ id: correctionVendors.id });
  return row!.id;
}

export interface TPersonRef {
  id: number;
  office: string | null;
  name: string;
  minor: boolean;
}

/** The correction records (in force) of a unit among `ids`. */
export async function peopleByIds(exec: Executor, unitId: number, ids: readonly number[]): Promise<TPersonRef[]> {
  if (ids.length === 0) return [];
  const p = correctionPeople;
  const rows = await exec
    .select({ id: p.id, office: p.office, name: p.name, minor: p.minor })
    .from(p)
    .where(and(eq(p.unitId, unitId), isNull(p.voidedAt), inArray(p.id, [...ids])));
  return rows.map((r) => ({ ...r, minor: r.minor === true }));
}

export interface TAlarmInsert {
  unitId: number;
  office: string | null;
  personId: number;
  kind: string;
  raisedOn: string;
  raisedAt: string;
  dueAt: string;
  vendorId: number;
  eventId: string;
  location: string | null;
}

/** Inserts alarms, skipping events already stored (vendor, event id); returns how many were new. */
export async function insertAlarms(exec: Executor, rows: readonly TAlarmInsert[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000).map((r) => ({ unit_id: r.unitId, office: r.office, person_id: r.personId, kind: r.kind, raised_on: r.raisedOn, raised_at: r.raisedAt, due_at: r.dueAt, vendor_id: r.vendorId, event_id: r.eventId, location: r.location }));
    // one JSON parameter per batch (as the payment import does): far fewer bind parameters than a VALUES list
    const result = await exec.execute(sql`
      insert into reg_correction_alarm (unit_id, office, person_id, kind, raised_on, raised_at, due_at, vendor_id, event_id, location)
      select unit_id, office, person_id, kind, raised_on, raised_at, due_at, vendor_id, event_id, location
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(unit_id int, office text, person_id int, kind text, raised_on date, raised_at timestamptz, due_at timestamptz, vendor_id int, event_id text, location text)
      on conflict (vendor_id, event_id) where event_id is not null do nothing
      returning id`);
    const ids = idsOf(result);
    await adjustMetricAggregates(exec, alarmSheet, ids, 1);
    inserted += ids.length;
  }
  return inserted;
}

const a = correctionAlarms;

export const alarmColumns = {
  id: a.id,
  office: a.office,
  personId: a.personId,
  kind: a.kind,
  raisedOn: a.raisedOn,
  raisedAt: a.raisedAt,
  dueAt: a.dueAt,
  handledAt: a.handledAt,
  handledOn: a.handledOn,
  verified: a.verified,
  outcome: a.outcome,
  handler: a.handler,
  note: a.note,
  hasLocation: sql<boolean>`${a.location} is not null`,
  personName: correctionPeople.name,
  minor: correctionPeople.minor,
};

export type TAlarmRow = { id: number; office: string | null; personId: number; kind: string; raisedOn: string; raisedAt: string; dueAt: string | null; handledAt: string | null; handledOn: string | null; verified: boolean | null; outcome: string | null; handler: string | null; note: string | null; hasLocation: boolean; personName: string | null; minor: boolean | null };

export interface TAlarmQuery {
  unitIds: readonly number[];
  offices: readonly string[] | null;
  /** only alarms open at this instant: raised by then and not handled by then */
  openAt?: string;
  /** only alarms open and past their deadline at this instant */
  escalatedAt?: string;
  from?: string;
  to?: string;
  limit: number;
}

/** Open at an instant (a past one too: handled later counts as open then). */
const openAt = (at: string) => sql`${a.raisedAt} <= ${at}::timestamptz and (${a.handledAt} is null or ${a.handledAt} > ${at}::timestamptz)`;

function alarmWhere(q: TAlarmQuery): SQL {
  const parts: SQL[] = [inArray(a.unitId, [...q.unitIds]), isNull(a.voidedAt)];
  if (q.offices) parts.push(q.offices.length === 0 ? sql`false` : inArray(a.office, [...q.offices]));
  const at = q.escalatedAt ?? q.openAt;
  if (at) parts.push(openAt(at));
  if (q.escalatedAt) parts.push(sql`${a.dueAt} < ${q.escalatedAt}::timestamptz`);
  if (q.from) parts.push(gte(a.raisedOn, q.from));
  if (q.to) parts.push(lte(a.raisedOn, q.to));
  return and(...parts)!;
}

export async function listAlarms(exec: Executor, q: TAlarmQuery): Promise<TAlarmRow[]> {
  return (await exec
    .select(alarmColumns)
    .from(a)
    .leftJoin(correctionPeople, eq(correctionPeople.id, a.personId))
    .where(alarmWhere(q))
    .orderBy(desc(a.raisedAt), desc(a.id))
    .limit(q.limit)) as TAlarmRow[];
}

export async function alarmById(exec: Executor, id: number): Promise<TAlarmRow | null> {
  const [row] = (await exec.select(alarmColumns).from(a).leftJoin(correctionPeople, eq(correctionPeople.id, a.personId)).where(eq(a.id, id))) as TAlarmRow[];
  return row ?? null;
}

export async function countAlarms(exec: Executor, q: Omit<TAlarmQuery, 'limit'>): Promise<number> {
  const [row] = await exec.select({ n: sql<number>`count(*)::int` }).from(a).where(alarmWhere({ ...q, limit: 0 }));
  return Number(row?.n ?? 0);
}

/** One alarm of the scope, locked for handling. */
export async function lockAlarm(exec: Executor, id: number, unitIds: readonly number[]) {
  const [row] = await exec
    .select({ id: a.id, unitId: a.unitId, office: a.office, kind: a.kind, raisedOn: a.raisedOn, dueAt: a.dueAt, handledAt: a.handledAt, voidedAt: a.voidedAt, location: a.location, personId: a.personId })
    .from(a)
    .where(and(eq(a.id, id), inArray(a.unitId, [...unitIds])))
    .for('update');
  return row ?? null;
}

export async function updateAlarmHandling(exec: Executor, id: number, v: { handledAt: string; handledOn: string; verified: boolean; outcome: string; handler: string; note: string | null }) {
  await adjustMetricAggregates(exec, alarmSheet, [id], -1);
  await exec.update(a).set({ ...v, updatedAt: sql`now()` }).where(eq(a.id, id));
  await adjustMetricAggregates(exec, alarmSheet, [id], 1);
}

const d = correctionDailyReports;

export type TDailyReportRow = typeof d.$inferSelect;

export async function listDailyReports(exec: Executor, o: { unitId: number; from: string; to: string; offices: readonly string[] | null }): Promise<TDailyReportRow[]> {
  const parts: SQL[] = [eq(d.unitId, o.unitId), isNull(d.voidedAt), gte(d.reportDate, o.from), lte(d.reportDate, o.to)];
  if (o.offices) parts.push(o.offices.length === 0 ? sql`false` : inArray(d.office, [...o.offices]));
  return exec.select().from(d).where(and(...parts)).orderBy(asc(d.reportDate), asc(d.office));
}

export async function lockDailyReport(exec: Executor, o: { unitId: number; office: string; date: string }) {
  const [row] = await exec
    .select()
    .from(d)
    .where(and(eq(d.unitId, o.unitId), eq(d.office, o.office), eq(d.reportDate, o.date), isNull(d.voidedAt)))
    .for('update');
  return row ?? null;
}

export interface TDailyReportValues {
  status: string;
  roster: number | null;
  lost: number | null;
  outOfBounds: number | null;
  violations: number | null;
  newOffences: number | null;
  incidents: number | null;
  filedAt: string | null;
  filedBy: string | null;
  note: string | null;
}

export async function insertDailyReport(exec: Executor, v: { unitId: number; office: string; reportDate: string; createdBy: number | null } & TDailyReportValues): Promise<number> {
  const [row] = await exec.insert(d).values(v).returning({ id: d.id });
  await adjustMetricAggregates(exec, dailyReportSheet, [row!.id], 1);
  return row!.id;
}

export async function updateDailyReport(exec: Executor, id: number, v: TDailyReportValues) {
  await adjustMetricAggregates(exec, dailyReportSheet, [id], -1);
  await exec.update(d).set({ ...v, updatedAt: sql`now()` }).where(eq(d.id, id));
  await adjustMetricAggregates(exec, dailyReportSheet, [id], 1);
}

/** What jixiao knows of each office's day: people under correction, alarms raised (越界, 脱管 outcomes), new offences — one grouped query each. */
export async function prefillCountsByOffice(exec: Executor, o: { unitId: number; date: string }) {
  const p = correctionPeople;
  const [people, alarms] = await Promise.all([
    exec
      .select({
        office: p.office,
        roster: sql<number>`count(*) filter (where ${p.startOn} <= ${o.date} and coalesce(${p.terminatedOn}, ${p.endOn}) >= ${o.date})::int`,
        newOffences: sql<number>`count(*) filter (where ${p.reoffendedOn} = ${o.date})::int`,
      })
      .from(p)
      .where(and(eq(p.unitId, o.unitId), isNull(p.voidedAt), lte(p.startOn, o.date), sql`coalesce(${p.terminatedOn}, ${p.endOn}) >= ${o.date}`))
      .groupBy(p.office),
    exec
      .select({ office: a.office, outOfBounds: sql<number>`count(*) filter (where ${a.kind} = '越界')::int`, lost: sql<number>`count(distinct ${a.personId}) filter (where ${a.outcome} = '脱管')::int` })
      .from(a)
      .where(and(eq(a.unitId, o.unitId), isNull(a.voidedAt), eq(a.raisedOn, o.date)))
      .groupBy(a.office),
  ]);
  const out = new Map<string, { roster: number; newOffences: number; outOfBounds: number; lost: number }>();
  const get = (office: string | null) => out.get(office ?? '') ?? out.set(office ?? '', { roster: 0, newOffences: 0, outOfBounds: 0, lost: 0 }).get(office ?? '')!;
  for (const r of people) Object.assign(get(r.office), { roster: Number(r.roster), newOffences: Number(r.newOffences) });
  for (const r of alarms) Object.assign(get(r.office), { outOfBounds: Number(r.outOfBounds), lost: Number(r.lost) });
  return out;
}

/** Open and escalated (past due as of `now`) alarms per office, in one grouped query over the open-alarm index. */
export async function openAlarmsByOffice(exec: Executor, o: { unitId: number; now: string }) {
  const rows = await exec
    .select({ office: a.office, open: sql<number>`count(*)::int`, escalated: sql<number>`(count(*) filter (where ${a.dueAt} < ${o.now}::timestamptz))::int` })
    .from(a)
    .where(and(eq(a.unitId, o.unitId), isNull(a.voidedAt), openAt(o.now)))
    .groupBy(a.office);
  return new Map(rows.map((r) => [r.office ?? '', { open: Number(r.open), escalated: Number(r.escalated) }]));
}

const s = correctionSensitivePeriods;

export async function listSensitivePeriods(exec: Executor, o: { unitId: number; from: string; to: string }) {
  return exec
    .select({ id: s.id, name: s.name, from: s.fromOn, to: s.toOn })
    .from(s)
    .where(and(eq(s.unitId, o.unitId), lte(s.fromOn, o.to), gte(s.toOn, o.from)))
    .orderBy(asc(s.fromOn));
}

export async function insertSensitivePeriod(exec: Executor, v: { unitId: number; name: string; fromOn: string; toOn: string; createdBy: string }): Promise<number> {
  const [row] = await exec.insert(s).values(v).returning({ id: s.id });
  return row!.id;
}

/** People under correction on a date in the scope's offices (for the workspace's due clocks). */
export async function peopleOnDate(exec: Executor, o: { unitIds: readonly number[]; offices: readonly string[] | null; date: string }) {
  const p = correctionPeople;
  const parts: SQL[] = [inArray(p.unitId, [...o.unitIds]), isNull(p.voidedAt), lte(p.startOn, o.date), sql`coalesce(${p.terminatedOn}, ${p.endOn}) >= ${o.date}`];
  if (o.offices) parts.push(o.offices.length === 0 ? sql`false` : inArray(p.office, [...o.offices]));
  return exec.select({ id: p.id, office: p.office, name: p.name, minor: p.minor, startOn: p.startOn, endOn: p.endOn }).from(p).where(and(...parts)).orderBy(asc(p.endOn), asc(p.id));
}

/** People of a unit whose term overlaps [from, to] (the demo's supervision history). */
export async function peopleInPeriod(exec: Executor, o: { unitId: number; from: string; to: string }) {
  const p = correctionPeople;
  return exec
    .select({ id: p.id, office: p.office, startOn: p.startOn, endOn: sql<string>`coalesce(${p.terminatedOn}, ${p.endOn})::text` })
    .from(p)
    .where(and(eq(p.unitId, o.unitId), isNull(p.voidedAt), lte(p.startOn, o.to), sql`coalesce(${p.terminatedOn}, ${p.endOn}) >= ${o.from}`))
    .orderBy(asc(p.id));
}

/** Bulk-writes handled alarms (the demo's history), one JSON parameter per 2,000 rows. */
export async function insertHandledAlarms(exec: Executor, unitId: number, rows: ReadonlyArray<{ office: string; personId: number; kind: string; raisedOn: string; raisedAt: string; dueAt: string; eventId: string; handledAt: string; handledOn: string; verified: boolean; outcome: string; handler: string; note: string | null }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000).map((r) => ({ office: r.office, person_id: r.personId, kind: r.kind, raised_on: r.raisedOn, raised_at: r.raisedAt, due_at: r.dueAt, event_id: r.eventId, handled_at: r.handledAt, handled_on: r.handledOn, verified: r.verified, outcome: r.outcome, handler: r.handler, note: r.note }));
    const result = await exec.execute(sql`
      insert into reg_correction_alarm (unit_id, office, person_id, kind, raised_on, raised_at, due_at, event_id, handled_at, handled_on, verified, outcome, handler, note)
      select ${unitId}, office, person_id, kind, raised_on, raised_at, due_at, event_id, handled_at, handled_on, verified, outcome, handler, note
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(office text, person_id int, kind text, raised_on date, raised_at timestamptz, due_at timestamptz, event_id text, handled_at timestamptz, handled_on date, verified boolean, outcome text, handler text, note text)
      returning id`);
    await adjustMetricAggregates(exec, alarmSheet, idsOf(result), 1);
  }
}

/** Bulk-writes daily reports (the demo's history). */
export async function insertDailyReports(exec: Executor, unitId: number, rows: ReadonlyArray<{ office: string; reportDate: string; status: string; counts: Record<string, number> | null; filedAt: string | null; filedBy: string | null }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000).map((r) => ({ office: r.office, report_date: r.reportDate, status: r.status, roster: r.counts?.roster ?? null, lost: r.counts?.lost ?? null, out_of_bounds: r.counts?.outOfBounds ?? null, violations: r.counts?.violations ?? null, new_offences: r.counts?.newOffences ?? null, incidents: r.counts?.incidents ?? null, filed_at: r.filedAt, filed_by: r.filedBy }));
    const result = await exec.execute(sql`
      insert into reg_correction_daily_report (unit_id, office, report_date, status, roster, lost, out_of_bounds, violations, new_offences, incidents, filed_at, filed_by)
      select ${unitId}, office, report_date, status, roster, lost, out_of_bounds, violations, new_offences, incidents, filed_at, filed_by
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(office text, report_date date, status text, roster int, lost int, out_of_bounds int, violations int, new_offences int, incidents int, filed_at timestamptz, filed_by text)
      returning id`);
    await adjustMetricAggregates(exec, dailyReportSheet, idsOf(result), 1);
  }
}

/** The offices named on a unit's correction records (in force), for a unit that keeps no office list. */
export async function personOffices(exec: Executor, unitId: number): Promise<string[]> {
  const p = correctionPeople;
  const rows = await exec.selectDistinct({ office: p.office }).from(p).where(and(eq(p.unitId, unitId), isNull(p.voidedAt), sql`${p.office} is not null`)).orderBy(asc(p.office));
  return rows.map((r) => r.office!);
}
