import { can, type TRole } from '../access/permissions.js';
import { isRegisterKind } from '../register-kinds.js';

/**
 * Who fills which line of a report (the monitoring report, the self-evaluation): whoever holds the
 * report's fill permission; a 业务科室 only the lines of its own business — an indicator bound to a
 * register it keeps, or, for an indicator no register computes, one of a project whose other
 * indicators are bound to a register it keeps.
 */
export function mayFillLine(
  subject: { role: TRole; sections: readonly string[] },
  permission: 'monitoring.fill' | 'evaluation.fill',
  indicatorKinds: readonly string[],
  projectKinds: readonly string[],
): boolean {
  if (!can(subject.role, permission)) return false;
  if (subject.role !== 'section') return true;
  const kinds = indicatorKinds.length > 0 ? indicatorKinds : projectKinds;
  return kinds.some((k) => subject.sections.includes(k));
}

export const mayFillMonitoringLine = (subject: { role: TRole; sections: readonly string[] }, indicatorKinds: readonly string[], projectKinds: readonly string[]): boolean =>
  mayFillLine(subject, 'monitoring.fill', indicatorKinds, projectKinds);

/** The register kind a metric key belongs to ("legal-aid.cases-accepted" → legal-aid), or null for metrics of no register. */
export function registerKindOfMetric(metric: string | null): string | null {
  const kind = metric?.split('.', 1)[0] ?? null;
  return kind !== null && isRegisterKind(kind) ? kind : null;
}
