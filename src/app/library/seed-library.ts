import type { GoalBookContent } from '../../core/goal-book-diff.js';
import { librarySeeds } from '../../core/library/seed.js';
import type { Db } from '../../db/client.js';
import { findLibraryEntryByKey, insertLibraryEntry } from '../../repositories/indicator-library.repository.js';
import { nameKey } from '../../core/library/name-similarity.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findCatalogMetric } from '../indicators/metric-catalog.js';

/**
 * Fill the library from a goal book's level-3 indicators (the demo seeds it from the sample's 84):
 * entries for names it does not have yet, spellings of one indicator folded into one entry
 * (core/library/seed.ts), counting rules from the metric catalog. One audited transaction; returns how
 * many entries were added.
 */
export async function seedLibrary(o: { db: Db; actor: Actor; book: Pick<GoalBookContent, 'projects' | 'unit' | 'year'> }): Promise<number> {
  const seeds = librarySeeds(o.book.projects, (metric) => findCatalogMetric(metric) ?? null);
  return o.db.transaction(async (tx) => {
    let added = 0;
    for (const seed of seeds) {
      const key = nameKey(seed.name);
      if (await findLibraryEntryByKey(tx, key)) continue;
      await insertLibraryEntry(tx, { ...seed, nameKey: key, updatedBy: o.actor.userId, updatedByName: o.actor.name });
      added++;
    }
    await recordAudit(tx, { actor: o.actor, unitId: null, action: 'library.seed', entity: 'indicator_library', entityId: `${o.book.unit.code}/${o.book.year}`, after: { added, names: seeds.length } });
    return added;
  });
}
