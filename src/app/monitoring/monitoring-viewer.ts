import { can, type TRole } from '../../core/access/permissions.js';
import { checkMove, type TWorkflowMove, type TWorkflowRight } from '../../core/workflow.js';
import type { MonitoringReportRow } from '../../repositories/monitoring.repository.js';
import type { Actor } from '../actor.js';

/** Who is looking at or changing a monitoring report: the actor, their role and (for a 业务科室) the registers they keep. */
export interface MonitoringViewer {
  actor: Actor;
  role: TRole;
  sections: string[];
  /** the name people read on what the viewer writes (comments); the actor's name when absent (the CLI) */
  displayName?: string;
}

export const REPORT_SUBJECT = { zh: '该监控报告', en: 'this monitoring report' };

/** The workflow rights a role holds over monitoring reports: finance assembles and submits, the leader decides and locks. */
export function reportRights(role: TRole): TWorkflowRight[] {
  const rights: TWorkflowRight[] = [];
  if (can(role, 'monitoring.submit')) rights.push('fill');
  if (can(role, 'monitoring.approve')) rights.push('decide');
  if (can(role, 'monitoring.reopen')) rights.push('lock');
  return rights;
}

const sameActor = (userId: number | null, name: string | null, actor: Actor) => (userId !== null || actor.userId !== null ? userId === actor.userId : name === actor.name);

/**
 * Authorship for the workflow's four-eyes rule: the report is the finance office's, so every finance
 * user authors (edits, submits) it; approving or returning is refused to the one who submitted it.
 */
export function isAuthorFor(move: TWorkflowMove, report: Pick<MonitoringReportRow, 'submittedBy' | 'submittedByName'> | null, actor: Actor): boolean {
  if (move === 'approve' || move === 'return') return report !== null && report.submittedByName !== null && sameActor(report.submittedBy, report.submittedByName, actor);
  return true;
}

/** The moves the viewer may make now (buttons); editing lines is not a button. */
export function movesFor(viewer: MonitoringViewer | undefined, report: Pick<MonitoringReportRow, 'state' | 'submittedBy' | 'submittedByName'> | null): TWorkflowMove[] {
  if (!viewer) return [];
  const state = report?.state ?? 'draft';
  const rights = reportRights(viewer.role);
  return (['submit', 'approve', 'return', 'lock', 'reopen'] as const).filter((move) => checkMove({ move, state, isAuthor: isAuthorFor(move, report, viewer.actor), rights, reason: 'x', subject: REPORT_SUBJECT }).ok);
}
