import { bigint, date, doublePrecision, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Aggregates kept in the same transaction as every write they summarise, so a board or a rollup reads
 * O(days × metrics) rows, never the records. Both are DELTAS by day: a figure as of a date is the sum
 * of the rows with day ≤ that date. Both can be rebuilt from the records (`jixiao aggregates rebuild`)
 * and checked against them (`jixiao aggregates check`).
 *
 * metric_daily: per unit, year, register metric and binding filter (filter_name '' = unfiltered; e.g.
 * 'project' = the survey's project code), how the metric's records (count, or a rate's denominator),
 * its numerator and its sum change on that day. A record moves in or out of a figure on the days its
 * own dates make a condition true or false (accepted, decided, refused …), so deltas may be negative.
 */
export const metricDaily = pgTable(
  'metric_daily',
  {
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    metric: text('metric').notNull(),
    filterName: text('filter_name').notNull().default(''),
    filterValue: text('filter_value').notNull().default(''),
    day: date('day', { mode: 'string' }).notNull(),
    records: integer('records').notNull().default(0),
    numerator: integer('numerator').notNull().default(0),
    total: doublePrecision('total').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'metric_daily_pk', columns: [t.unitId, t.year, t.metric, t.filterName, t.filterValue, t.day] })],
);

/**
 * metric_steady: for register metrics with a window of their own (a term overlapping the period, e.g.
 * people under correction), what a record adds to the figure of EVERY year from `from_year` on — the
 * year after the one following its last date, from which its conditions no longer change from year
 * to year. metric_daily keeps such a record's deltas for each year from its first date to the year
 * after its last; a figure of year Y is the daily deltas of Y up to the date plus the steady rows with
 * from_year ≤ Y.
 */
export const metricSteady = pgTable(
  'metric_steady',
  {
    unitId: integer('unit_id').notNull(),
    metric: text('metric').notNull(),
    filterName: text('filter_name').notNull().default(''),
    filterValue: text('filter_value').notNull().default(''),
    fromYear: integer('from_year').notNull(),
    records: integer('records').notNull().default(0),
    numerator: integer('numerator').notNull().default(0),
    total: doublePrecision('total').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'metric_steady_pk', columns: [t.unitId, t.metric, t.filterName, t.filterValue, t.fromYear] })],
);

/** payment_daily: active payments per unit, year, project and payment date (kept by a trigger on `payment`). */
export const paymentDaily = pgTable(
  'payment_daily',
  {
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    projectId: integer('project_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull().default(0),
    payments: integer('payments').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'payment_daily_pk', columns: [t.unitId, t.year, t.projectId, t.day] })],
);

/** Which definition of the register metrics metric_daily was built for: a changed definition rebuilds it on open. */
export const aggregateMeta = pgTable('aggregate_meta', {
  key: text('key').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});
