import type { TUnitSanctions } from '../../../contract/api/correction-work-api.js';
import { maskName } from '../../../core/masking.js';
import { assertMayRead, maySeeSealed, officeOf } from '../../framework/access.js';
import type { RecordContext } from '../../framework/context.js';
import { peopleSheet } from '../index.js';
import { sanctionView } from './sanction-view.js';
import { listUnitSanctions } from './sanction.repository.js';

type Context = Omit<RecordContext, 'sheet'>;

/**
 * The scope's sanctions, newest first (e.g. those waiting for a decision), without their grounds and
 * with the person's name masked: a worklist for the section and the CLI. Sealed (minors') records are
 * left out for those who may not see them.
 */
export async function listSanctionsOfUnit(o: Context & { state?: string | undefined; limit?: number }): Promise<TUnitSanctions> {
  assertMayRead(o.viewer, peopleSheet);
  const rows = await listUnitSanctions(o.db, { unitIds: o.scope.unitIds, state: o.state, office: officeOf(o.viewer), limit: o.limit ?? 500 });
  const sealedVisible = o.viewer.subject === null ? false : maySeeSealed(o.viewer, 'correction');
  return {
    sanctions: rows
      .filter((r) => r.minor !== true || sealedVisible)
      .map((r) => {
        const { grounds: _grounds, ...view } = sanctionView(r.sanction, { cipher: o.cipher, unmasked: false, viewer: o.viewer, actor: o.actor });
        return { ...view, personName: maskName(o.cipher.decrypt(r.personName)) };
      }),
  };
}
