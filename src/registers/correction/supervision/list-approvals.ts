import type { TApproval } from '../../../contract/api/correction-api.js';
import type { TAccessSubject, TUnitScope } from '../../../core/access/scope.js';
import { LEVEL_ROLE, type TApprovalLevel } from '../../../core/correction/approvals.js';
import { chinaDate } from '../../../core/dates.js';
import type { Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { approvalView } from './approval-view.js';
import { listApprovals } from './approval.repository.js';
import { readCorrectionSettings } from './correction-settings.js';

/** The scope's requests, newest first; `waiting`: only those submitted at a level the subject decides. */
export async function listCorrectionApprovals(o: { db: Executor; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; now: string; waiting?: boolean; limit?: number }): Promise<TApproval[]> {
  const levels = o.waiting && o.subject ? (Object.keys(LEVEL_ROLE) as TApprovalLevel[]).filter((l) => LEVEL_ROLE[l] === o.subject!.role) : undefined;
  const rows = await listApprovals(o.db, { unitIds: o.scope.unitIds, offices: o.scope.offices, ...(o.waiting ? { states: ['submitted'] } : {}), ...(levels ? { levels } : {}), limit: o.limit ?? 200 });
  const settings = await readCorrectionSettings(o.db, o.scope.rootUnit.id);
  const today = chinaDate(new Date(o.now));
  return rows.map((r) => approvalView(r.approval, { name: r.personName, minor: r.minor }, { cipher: o.cipher, subject: o.subject, today, settings }));
}
