import { maskName } from '../../../core/masking.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';

/** A person's name as lists show it: masked, or no name at all for a sealed (minor's) record the reader may not see. */
export function listedName(cipher: PersonalDataCipher, row: { name: unknown; minor: unknown }, seesSealed: boolean): string {
  if (row.minor === true && !seesSealed) return '（未成年人，已封存）';
  return maskName(cipher.decrypt(String(row.name)));
}
