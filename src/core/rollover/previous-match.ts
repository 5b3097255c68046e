import { nameKey } from '../library/name-similarity.js';

/**
 * Which indicator of the previous year an indicator of this year continues: the same project code and
 * name (units and spacing aside), else the same project name and indicator name (a project whose code
 * changed with the year), else — for the department's own indicators — the same name. Pure.
 */

export interface TPreviousIndicator {
  projectCode: string | null;
  projectName: string | null;
  name: string;
}

export function previousIndex<T extends TPreviousIndicator>(previous: readonly T[]): (current: TPreviousIndicator) => T | null {
  const byCode = new Map<string, T>();
  const byProjectName = new Map<string, T>();
  for (const p of previous) {
    const key = nameKey(p.name);
    const code = `${p.projectCode ?? ''}|${key}`;
    if (!byCode.has(code)) byCode.set(code, p);
    if (p.projectName !== null) {
      const named = `${nameKey(p.projectName)}|${key}`;
      if (!byProjectName.has(named)) byProjectName.set(named, p);
    }
  }
  return (current) => {
    const key = nameKey(current.name);
    return byCode.get(`${current.projectCode ?? ''}|${key}`) ?? (current.projectName !== null ? byProjectName.get(`${nameKey(current.projectName)}|${key}`) : undefined) ?? null;
  };
}
