import { canSeeSealedRecords, type TAccessSubject, type TUnitScope } from '../../../core/access/scope.js';
import type { Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { peopleOnDate } from '../supervision/supervision.repository.js';
import { listedName } from './person-name.js';

const LIMIT = 20;

/**
 * People under correction on a date in the reader's scope (a 司法所: its own), for a picker: names
 * are stored encrypted, so the match is made on the decrypted name here and only the masked name is
 * answered. A sealed (minor's) record the reader may not see is never matched by name.
 */
export async function searchPeople(o: { db: Executor; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; date: string; q: string }) {
  const seesSealed = o.subject !== null && canSeeSealedRecords(o.subject, 'correction');
  const q = o.q.trim();
  const out: Array<{ id: number; office: string | null; personName: string; startOn: string; endOn: string }> = [];
  for (const p of await peopleOnDate(o.db, { unitIds: o.scope.unitIds, offices: o.scope.offices, date: o.date })) {
    const sealed = p.minor === true && !seesSealed;
    if (q !== '' && (sealed || !o.cipher.decrypt(p.name).includes(q))) continue;
    out.push({ id: p.id, office: p.office, personName: listedName(o.cipher, p, seesSealed), startOn: p.startOn, endOn: p.endOn });
    if (out.length >= LIMIT) break;
  }
  return out;
}
