import { recordAudit } from '../../app/audit/record-audit.js';
import { DomainError } from '../../core/errors.js';
import { assertMayRead, assertMayUnmask, maySeeSealed, officeOf, type RegisterViewer } from './access.js';
import type { SheetDef } from './define.js';
import { userNames } from '../../repositories/user.repository.js';
import { findRecord, type StoredRow } from './record.repository.js';
import { viewOf, type RecordView } from './records.js';
import type { RecordContext } from './context.js';

/**
 * A record the viewer may see, or NOT_FOUND (another office's records do not exist for a 司法所 user),
 * or FORBIDDEN for a sealed record the viewer is not among those who may see.
 */
export function assertVisible(sheet: SheetDef, row: StoredRow | undefined, viewer: RegisterViewer, id: number): StoredRow {
  const office = officeOf(viewer);
  if (!row || (office !== null && row.office !== office)) throw new DomainError('NOT_FOUND', { zh: `${sheet.name}中没有编号为 ${id} 的记录`, en: `${sheet.nameEn} has no record ${id}` });
  if (sheet.sealedKey && row[sheet.sealedKey] === true && !maySeeSealed(viewer, sheet.kind)) {
    throw new DomainError('FORBIDDEN', { zh: `该记录为未成年人${sheet.name}记录，依社区矫正法第五十四条封存，您的角色无权查看`, en: `This is a minor's record in ${sheet.nameEn}, sealed under Art. 54 of the Community Correction Law: your role may not read it` });
  }
  return row;
}

/**
 * One record. Unmasked reads, and any read of a sealed record, are written to the audit log (action
 * personalData.read, naming the fields — never their values).
 */
export async function getRegisterRecord(o: RecordContext & { id: number; unmasked: boolean; asOf: string }): Promise<RecordView> {
  if (o.unmasked) assertMayUnmask(o.viewer, o.sheet);
  else assertMayRead(o.viewer, o.sheet);
  return o.db.transaction(async (tx) => {
    const row = assertVisible(o.sheet, await findRecord(tx, o.sheet, o.scope.unitIds, o.id), o.viewer, o.id);
    const names = await userNames(tx, row.voidedBy === null ? [] : [row.voidedBy]);
    const view = viewOf(o.sheet, row, o.cipher, { unmask: o.unmasked, asOf: o.asOf, userNames: names });
    if (o.unmasked || view.sealed) {
      await recordAudit(tx, {
        actor: o.actor,
        unitId: o.scope.rootUnit.id,
        action: 'personalData.read',
        entity: `register:${o.sheet.kind}/${o.sheet.id}`,
        entityId: String(o.id),
        after: { view: 'detail', unmasked: o.unmasked, sealed: view.sealed, fields: o.unmasked ? o.sheet.fields.filter((f) => f.personal).map((f) => f.key) : [] },
      });
    }
    return view;
  });
}
