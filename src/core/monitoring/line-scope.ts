import { can, type TRole } from '../access/permissions.js';
import { isRegisterKind } from '../register-kinds.js';

/**
 * Who fills which line of a monitoring report: finance every line; a 业务科室 the lines of its own
 * business — an indicator bound to a register it keeps, or, for an indicator no register computes, one
 * of a project whose other indicators are bound to a register it keeps.
 */
export function mayFillMonitoringLine(subject: { role: TRole; sections: readonly string[] }, indicatorKinds: readonly string[], projectKinds: readonly string[]): boolean {
  if (!can(subject.role, 'monitoring.fill')) return false;
  if (subject.role !== 'section') return true;
  const kinds = indicatorKinds.length > 0 ? indicatorKinds : projectKinds;
  return kinds.some((k) => subject.sections.includes(k));
}

/** The register kind a metric key belongs to ("legal-aid.cases-accepted" → legal-aid), or null for metrics of no register. */
export function registerKindOfMetric(metric: string | null): string | null {
  const kind = metric?.split('.', 1)[0] ?? null;
  return kind !== null && isRegisterKind(kind) ? kind : null;
}
