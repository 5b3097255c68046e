import type { TAccessSubject } from '../../core/access/scope.js';
import type { Executor } from '../../db/client.js';
import { listGoalBookYears } from '../../repositories/goal-book.repository.js';
import { listReadableUnits } from './resolve-scope.js';

export interface UnitWithYears {
  code: string;
  name: string;
  years: number[];
}

/** The units a subject may read (by code), each with the years that have a goal book: the unit picker. */
export async function listUnitsWithYears(o: { db: Executor; subject: TAccessSubject | null }): Promise<UnitWithYears[]> {
  const [units, years] = await Promise.all([listReadableUnits(o), listGoalBookYears(o.db)]);
  return [...units]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((unit) => ({ code: unit.code, name: unit.name, years: years.filter((y) => y.unitId === unit.id).map((y) => y.year) }));
}

export interface UnitListed {
  code: string;
  name: string;
  parentCode: string | null;
  depth: number;
  offices: string[];
  committees: string[];
}

/**
 * The unit tree a subject may read (the whole tree for the CLI on the server, `jixiao unit list`, and
 * for the administrator's units page): parents before children, each with its parent and offices. A
 * unit whose parent the subject may not read starts a tree of its own.
 */
export async function listUnitTree(o: { db: Executor; subject: TAccessSubject | null }): Promise<UnitListed[]> {
  const tree = await listReadableUnits(o);
  const codeOf = new Map(tree.map((u) => [u.id, u.code]));
  const readable = new Set(tree.map((u) => u.id));
  // depth-first, so each unit is printed under its parent
  const children = new Map<number | null, typeof tree>();
  for (const u of tree) {
    const parent = u.parentId !== null && readable.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitListed[] = [];
  const visit = (parentId: number | null) => {
    for (const u of children.get(parentId) ?? []) {
      out.push({ code: u.code, name: u.name, parentCode: u.parentId === null ? null : (codeOf.get(u.parentId) ?? null), depth: u.depth, offices: u.offices, committees: u.committees });
      visit(u.id);
    }
  };
  visit(null);
  return out;
}
