import type { TApproval } from '../../../contract/api/correction-api.js';
import { canSeeSealedRecords, type TAccessSubject } from '../../../core/access/scope.js';
import { leaveReturn, locationTerm } from '../../../core/correction/clocks.js';
import type { TCorrectionSettings } from '../../../core/correction/settings.js';
import { maskName } from '../../../core/masking.js';
import { STATE_LABEL, type TWorkflowState } from '../../../core/workflow.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import type { TApprovalRow } from './approval.repository.js';

/** An approval as lists show it, with its clock as of `today` once approved (leave: the return; location: the term). */
export function approvalView(a: TApprovalRow, person: { name: string | null; minor: boolean | null }, o: { cipher: PersonalDataCipher; subject: TAccessSubject | null; today: string; settings: TCorrectionSettings }): TApproval {
  const sealed = person.minor === true && !(o.subject !== null && canSeeSealedRecords(o.subject, 'correction'));
  const details = a.details as Record<string, unknown>;
  let clock: string | null = null;
  if (a.state === 'approved' && a.kind === '外出' && a.toOn) clock = leaveReturn({ to: a.toOn, returnedOn: a.returnedOn, asOf: o.today });
  if (a.state === 'approved' && a.kind === '电子定位') clock = locationTerm({ from: a.fromOn, months: Number(details.months ?? 0), conditions: (details.conditions as string[]) ?? [], asOf: o.today }, o.settings).status;
  return {
    id: a.id,
    office: a.office,
    personId: a.personId,
    personName: person.name === null ? '（记录不存在）' : sealed ? '（未成年人，已封存）' : maskName(o.cipher.decrypt(person.name)),
    kind: a.kind,
    fromOn: a.fromOn,
    toOn: a.toOn,
    level: a.level,
    state: a.state,
    stateLabel: STATE_LABEL[a.state as TWorkflowState]?.zh ?? a.state,
    details,
    enteredByName: a.enteredByName,
    decidedByName: a.decidedByName,
    opinion: a.opinion,
    returnedOn: a.returnedOn,
    clock,
  };
}
