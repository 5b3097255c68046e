import { higherProposal, latestLostContactRun, proposeForLostContact, type TLostContactRun } from '../../../core/correction/lost-contact.js';
import { proposeNextSanction, type TSanctionLadder, type TSanctionProposal } from '../../../core/correction/sanctions.js';
import type { Executor } from '../../../db/client.js';
import { factOf } from './sanction-view.js';
import { lostContactAlarms, type SanctionRow } from './sanction.repository.js';

/**
 * The ladder's proposal for a person: the higher of the escalation of earlier sanctions and the step
 * the latest 脱管 run (from the alarms) calls for.
 */
export async function proposalFor(exec: Executor, o: { unitIds: readonly number[]; personId: number; rows: readonly SanctionRow[]; ladder: TSanctionLadder }): Promise<(TSanctionProposal & { lostContact: TLostContactRun | null }) | null> {
  const record = o.rows.map(factOf);
  const escalation = proposeNextSanction(record, o.ladder);
  const lost = proposeForLostContact(latestLostContactRun(await lostContactAlarms(exec, o.unitIds, o.personId)), record, o.ladder);
  return higherProposal<TSanctionProposal & { lostContact: TLostContactRun | null }>(escalation && { ...escalation, lostContact: null }, lost);
}
