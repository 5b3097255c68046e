import type { Actor } from '../../app/actor.js';
import type { PersonalDataCipher } from '../../app/crypto/personal-data-cipher.js';
import type { Db } from '../../db/client.js';
import type { TUnitScope } from '../../core/access/scope.js';
import type { RegisterViewer } from './access.js';
import type { SheetDef } from './define.js';

/**
 * What every record use-case works with: the database, the personal-data cipher, the scope (its
 * root unit, the tenant new records go to, and the units it reads),
 * the sheet, who reads (their scope) and who acts (for the audit trail).
 */
export interface RecordContext {
  db: Db;
  cipher: PersonalDataCipher;
  scope: TUnitScope;
  sheet: SheetDef;
  viewer: RegisterViewer;
  actor: Actor;
}
