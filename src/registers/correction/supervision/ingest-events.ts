import { createHash } from 'node:crypto';
import type { TIngestResult, TVendorEvent } from '../../../contract/api/correction-api.js';
import { alarmDueAt } from '../../../core/correction/alarms.js';
import { chinaDate } from '../../../core/dates.js';
import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { readCorrectionSettings } from './correction-settings.js';
import { findVendorByKeyHash, insertAlarms, peopleByIds, type TAlarmInsert } from './supervision.repository.js';

export const vendorKeyHash = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * The monitoring vendor's feed: a batch of events (越界, 关机, 人机分离, 未签到, 断带) authenticated by the
 * vendor's key (`authenticateVendor`, checked before the batch is read); each new event becomes one alarm of the person's 司法所 with its response deadline, its
 * location point encrypted. Idempotent by (vendor, event id): an event sent again is counted as a
 * duplicate and changes nothing. An event naming a person the unit does not supervise refuses the
 * whole batch (nothing written). One audit entry per batch.
 */
export type TVendor = NonNullable<Awaited<ReturnType<typeof findVendorByKeyHash>>>;

/** The vendor a key belongs to; refused (401) without a key or with one no unit registered. */
export async function authenticateVendor(db: Db, key: string | undefined): Promise<TVendor> {
  const vendor = key ? await findVendorByKeyHash(db, vendorKeyHash(key)) : null;
  if (!vendor) throw new DomainError('UNAUTHENTICATED', { zh: '监管平台密钥无效：请在请求头 x-vendor-key 中提供本单位登记的平台密钥', en: 'Invalid vendor key: send the key registered for the unit in the x-vendor-key header' });
  return vendor;
}

export async function ingestEvents(o: { db: Db; cipher: PersonalDataCipher; vendor: TVendor; events: readonly TVendorEvent[]; ip: string }): Promise<TIngestResult> {
  const vendor = o.vendor;
  return o.db.transaction(async (tx) => {
    const settings = await readCorrectionSettings(tx, vendor.unitId);
    const people = new Map((await peopleByIds(tx, vendor.unitId, [...new Set(o.events.map((e) => e.personId))])).map((p) => [p.id, p]));
    const rows: TAlarmInsert[] = o.events.map((e, i) => {
      const person = people.get(e.personId);
      if (!person) {
        throw new DomainError('VALIDATION_FAILED', {
          zh: `第 ${i + 1} 个事件（eventId ${e.eventId}）：社区矫正对象台账中没有记录号为 ${e.personId} 的对象（或已作废），本批事件均未接收`,
          en: `Event ${i + 1} (eventId ${e.eventId}): the correction register has no person with record id ${e.personId} (or it is voided); nothing in this batch was accepted`,
        });
      }
      const raisedAt = new Date(e.occurredAt).toISOString();
      return {
        unitId: vendor.unitId,
        office: person.office,
        personId: person.id,
        kind: e.kind,
        raisedOn: chinaDate(new Date(raisedAt)),
        raisedAt,
        dueAt: alarmDueAt(raisedAt, settings.alarmResponseMinutes),
        vendorId: vendor.id,
        eventId: e.eventId,
        location: e.lat !== undefined && e.lng !== undefined ? o.cipher.encrypt(JSON.stringify({ lat: e.lat, lng: e.lng })) : null,
      };
    });
    const created = await insertAlarms(tx, rows);
    const result = { received: rows.length, created, duplicates: rows.length - created };
    await recordAudit(tx, { actor: { userId: null, name: `vendor:${vendor.name}`, ip: o.ip }, unitId: vendor.unitId, action: 'correction.ingest', entity: 'correction_vendor', entityId: String(vendor.id), after: result });
    return result;
  });
}
