import { can, type TRole } from './permissions.js';

/**
 * Data scopes on top of role permissions: units are isolated (a user reads their own unit, the units
 * below it and units granted to them); a 业务科室 reads and writes only its registers; a 司法所 sees only
 * its own office's records; sealed records are seen only by those whose duty they are. Pure functions
 * of the subject and the data's keys (个人信息保护法 Art.51: least privilege).
 */

export interface TAccessSubject {
  userId: number;
  role: TRole;
  /** the user's own unit; null only for the installation's administrator */
  unitId: number | null;
  /** units granted in addition (财政审核 reviewers are granted the units they review) */
  grantedUnitIds: number[];
  /** register kinds a 业务科室 user keeps, e.g. ['legal-aid'] */
  sections: string[];
  /** the 司法所 a township user belongs to */
  office: string | null;
  /** the user's data-scope rule (stored per user, see DATA_SCOPES) */
  dataScope: TDataScope;
}

/**
 * Data scope as data (as RuoYi-style systems keep it): how far a user's reach goes.
 * - `office`: their own unit, and in it only their own 司法所's records
 * - `unit`: their own unit
 * - `unitAndBelow`: their own unit and every unit below it
 * - `assigned`: their own unit and the units assigned to them (the finance reviewer's grants) and below those
 * - `all`: every unit (the installation's administrator)
 * Granted units (and those below them) are added to every rule but `office`.
 */
export const DATA_SCOPES = ['office', 'unit', 'unitAndBelow', 'assigned', 'all'] as const;
export type TDataScope = (typeof DATA_SCOPES)[number];

export const DATA_SCOPE_LABEL: Record<TDataScope, string> = {
  office: '本所数据',
  unit: '本单位数据',
  unitAndBelow: '本单位及以下数据',
  assigned: '本单位及指定单位数据',
  all: '全部数据',
};

/** The rule a new user gets when none is given (what each role reached before the rule was stored). */
export function defaultDataScope(role: TRole, unitId: number | null): TDataScope {
  if (role === 'office') return 'office';
  if (role === 'reviewer') return 'assigned';
  if (role === 'admin' && unitId === null) return 'all';
  return 'unitAndBelow';
}

/** A unit as the scope sees it: a node of the tree (主管部门 → 下属单位). */
export interface TUnitNode {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

/**
 * What a subject may read or write, resolved once per request or CLI call: the unit it works in
 * (`rootUnit`, the unit a path names), the units whose data it reaches under that root (`unitIds`,
 * the root first; queries filter `unit_id = any(unitIds)`), and the 司法所 it is limited to
 * (`offices`; null: every office).
 */
export interface TUnitScope {
  rootUnit: TUnitNode;
  unitIds: number[];
  offices: string[] | null;
}

/** Every unit below `rootId` (the root included, first), walking the tree breadth-first. */
export function unitsBelow(tree: readonly TUnitNode[], rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const u of tree) {
    if (u.parentId === null) continue;
    // pushed, not copied: a province's finance department has 2,000 units below it
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  const out = [rootId];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) {
    for (const c of children.get(out[i]!) ?? []) {
      if (!seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
    }
  }
  return out;
}

/** The units a subject reaches by its data-scope rule (null subject: the CLI on the server, every unit). */
export function readableUnitIds(subject: TAccessSubject | null, tree: readonly TUnitNode[]): Set<number> {
  if (subject === null || subject.dataScope === 'all') return new Set(tree.map((u) => u.id));
  const out = new Set<number>();
  const own = subject.unitId;
  const known = new Set(tree.map((u) => u.id));
  if (own !== null && known.has(own)) {
    if (subject.dataScope === 'unitAndBelow') for (const id of unitsBelow(tree, own)) out.add(id);
    else out.add(own);
  }
  if (subject.dataScope !== 'office') {
    for (const g of subject.grantedUnitIds) if (known.has(g)) for (const id of unitsBelow(tree, g)) out.add(id);
  }
  return out;
}

/** The 司法所 a subject is limited to, or null for every office: the one place the `office` rule is read. */
export function scopeOffices(subject: TAccessSubject | null): string[] | null {
  if (subject === null || subject.dataScope !== 'office') return null;
  return [subject.office ?? '\u0000none'];
}

/**
 * The one scope function: the subject's scope rooted at a unit, or null when the subject may not
 * read that unit. A rollup over many units is the same query over a larger `unitIds`.
 */
export function resolveUnitScope(subject: TAccessSubject | null, tree: readonly TUnitNode[], rootId: number): TUnitScope | null {
  const rootUnit = tree.find((u) => u.id === rootId);
  if (!rootUnit) return null;
  const readable = readableUnitIds(subject, tree);
  if (!readable.has(rootId)) return null;
  return { rootUnit, unitIds: unitsBelow(tree, rootId).filter((id) => readable.has(id)), offices: scopeOffices(subject) };
}

/**
 * Whether the subject may read records of a register kind: a 业务科室 only the kinds in its sections, a
 * 司法所 any kind (its own office's records, see officeFilter), leader, finance and admin every kind;
 * a role without register.read (the outside 财政审核 reviewer) none — it sees figures, not records.
 */
export function canReadRegisterKind(subject: Pick<TAccessSubject, 'role' | 'sections'>, kind: string): boolean {
  if (!can(subject.role, 'register.read')) return false;
  if (subject.role === 'section') return subject.sections.includes(kind);
  return true;
}

/** Whether the subject may see personal data of a register kind in full (it must read the kind, and its role unmask). */
export function canUnmaskRegisterKind(subject: TAccessSubject, kind: string): boolean {
  return can(subject.role, 'personalData.unmask') && canReadRegisterKind(subject, kind);
}

/**
 * Whether sealed records of a kind (社区矫正法 Art.54: minors under correction) exist for the subject:
 * only for the section keeping that register and the 司法所 (its own office's records). To everyone
 * else — leaders included — they are absent from lists and refused on detail.
 */
export function canSeeSealedRecords(subject: TAccessSubject, kind: string): boolean {
  if (!canReadRegisterKind(subject, kind)) return false;
  return subject.role === 'office' || (subject.role === 'section' && subject.sections.includes(kind));
}

/** Whether the subject may create or change records of a register kind. */
export function canWriteRegisterKind(subject: TAccessSubject, kind: string): boolean {
  if (subject.role === 'section') return subject.sections.includes(kind);
  return subject.role === 'office';
}

/** A subject limited to its own office (data scope `office`) sees only that office's records; everyone else every office's. */
export function officeFilter(subject: TAccessSubject): string | null {
  return scopeOffices(subject)?.[0] ?? null;
}

/** The scope of one unit alone (no units below it, every office): for tests and tools that work on one unit. */
export function singleUnitScope(unit: TUnitNode): TUnitScope {
  return { rootUnit: { id: unit.id, code: unit.code, name: unit.name, parentId: unit.parentId }, unitIds: [unit.id], offices: null };
}

/**
 * Whether the subject may enter (and change) values of an indicator whose work belongs to `kinds`
 * (`indicatorRegisterKinds`): a 业务科室 only for indicators of its own business lines; the other
 * roles that enter values (finance, 司法所) for any.
 */
export function canEnterIndicatorValue(subject: TAccessSubject, kinds: readonly string[]): boolean {
  if (!can(subject.role, 'indicatorValue.enter')) return false;
  if (subject.role === 'section') return kinds.some((k) => subject.sections.includes(k));
  return true;
}
