import { registerKindOfMetric } from '../../core/monitoring/line-scope.js';
import type { Executor } from '../../db/client.js';
import { listBindings, listIndicatorsWithProjects } from '../../repositories/indicator-tracking.repository.js';

/** The business (register kinds) of a unit-year's indicators and projects, which says which 业务科室 fills a report line. */
export interface LineKinds {
  /** the register kinds an indicator's binding belongs to (none when no register computes it) */
  of(indicatorId: number): string[];
  /** the register kinds bound anywhere in a project */
  ofProject(projectCode: string | null): string[];
  /** the project an indicator belongs to (null: a department indicator) */
  projectOf(indicatorId: number): string | null;
}

/** Two queries (bindings, indicators with their projects), whatever the number of lines asked about. */
export async function loadLineKinds(exec: Executor, unitId: number, year: number): Promise<LineKinds> {
  const [bindings, rows] = await Promise.all([listBindings(exec, unitId, year), listIndicatorsWithProjects(exec, unitId, year)]);
  const project = new Map(rows.map((r) => [r.indicator.id, r.projectCode]));
  const own = new Map<number, string[]>();
  const byProject = new Map<string, Set<string>>();
  for (const b of bindings) {
    const kind = registerKindOfMetric(b.metric);
    if (kind === null) continue;
    own.set(b.indicatorId, [...(own.get(b.indicatorId) ?? []), kind]);
    const code = project.get(b.indicatorId);
    if (code) byProject.set(code, (byProject.get(code) ?? new Set()).add(kind));
  }
  return {
    of: (id) => own.get(id) ?? [],
    ofProject: (code) => (code === null ? [] : [...(byProject.get(code) ?? [])]),
    projectOf: (id) => project.get(id) ?? null,
  };
}
