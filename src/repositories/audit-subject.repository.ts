import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { budgetRevisions, indicators, indicatorValues, payments, projects, units, users } from '../db/schema/index.js';

/**
 * Names of the objects audit entries point at, looked up in batches (one query per kind of object on a
 * page of entries). An object deleted since (an indicator removed from the goals) is simply absent.
 */

export async function paymentSubjects(exec: Executor, ids: number[]): Promise<Map<number, { projectName: string; voucherNo: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await exec
    .select({ id: payments.id, projectName: projects.name, voucherNo: payments.voucherNo })
    .from(payments)
    .innerJoin(projects, eq(projects.id, payments.projectId))
    .where(inArray(payments.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function budgetRevisionSubjects(exec: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await exec
    .select({ id: budgetRevisions.id, projectName: projects.name })
    .from(budgetRevisions)
    .innerJoin(projects, eq(projects.id, budgetRevisions.projectId))
    .where(inArray(budgetRevisions.id, ids));
  return new Map(rows.map((r) => [r.id, r.projectName]));
}

export async function indicatorValueSubjects(exec: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await exec
    .select({ id: indicatorValues.id, name: indicators.name })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(inArray(indicatorValues.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function indicatorSubjects(exec: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await exec.select({ id: indicators.id, name: indicators.name }).from(indicators).where(inArray(indicators.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function userSubjects(exec: Executor, ids: number[]): Promise<Map<number, { username: string; displayName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await exec.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function unitNamesById(exec: Executor): Promise<Map<number, { code: string; name: string }>> {
  const rows = await exec.select({ id: units.id, code: units.code, name: units.name }).from(units);
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
