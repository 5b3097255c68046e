import type { TPersonSanctions } from '../../../contract/api/correction-work-api.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayRead, assertMayUnmask } from '../../framework/access.js';
import type { RecordContext } from '../../framework/context.js';
import { peopleSheet } from '../index.js';
import { readSanctionLadder } from '../work-settings.js';
import { loadPerson, sanctionView } from './sanction-view.js';
import { proposalFor } from './propose.js';
import { listPersonSanctions } from './sanction.repository.js';

type Context = Omit<RecordContext, 'sheet'>;

/**
 * A person's rewards and sanctions with the ladder's proposal for the next step (escalation of earlier
 * sanctions, or the 脱管 days the alarms show). The grounds are
 * sensitive personal data: masked unless unmasked (which needs the unmask right), and every read —
 * masked or not — is written to the audit log (personalData.read, naming the person and whether the
 * grounds were shown), in the same transaction as the read.
 */
export async function getPersonSanctions(o: Context & { personId: number; unmasked: boolean }): Promise<TPersonSanctions> {
  if (o.unmasked) assertMayUnmask(o.viewer, peopleSheet);
  else assertMayRead(o.viewer, peopleSheet);
  return o.db.transaction(async (tx) => {
    const person = await loadPerson(tx, o.scope.unitIds, o.viewer, o.personId);
    const rows = await listPersonSanctions(tx, o.scope.unitIds, o.personId);
    const ladder = await readSanctionLadder(tx, person.unitId as number);
    const proposal = await proposalFor(tx, { unitIds: o.scope.unitIds, personId: o.personId, rows, ladder });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: o.scope.rootUnit.id,
      action: 'personalData.read',
      entity: 'correction_sanction',
      entityId: `person:${o.personId}`,
      after: { view: 'sanctions', unmasked: o.unmasked, sanctions: rows.map((r) => r.id), fields: o.unmasked ? ['grounds'] : [] },
    });
    return {
      personId: o.personId,
      unmasked: o.unmasked,
      sanctions: rows.map((r) => sanctionView(r, { cipher: o.cipher, unmasked: o.unmasked, viewer: o.viewer, actor: o.actor })),
      proposal: proposal && { kind: proposal.kind, basisIds: proposal.basisIds, reason: proposal.reason.zh, lostContact: proposal.lostContact },
      ladder,
    };
  });
}
