import { PGlite } from '@electric-sql/pglite';
import { readGoalDocument } from '../src/documents/read-goal-document.js';
import { exportGoalBook } from '../src/documents/export-goal-book.js';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { openDatabase } from '../src/db/client.js';
import { sampleBytes } from '../test/helpers/fixtures.js';
import { median } from './harness.js';

/** Issue "goal book": parse the sample (aim ≤ 20 ms), import it into PGlite (≤ 300 ms), export .xlsx (≤ 300 ms). */
export default async function goalBookBench(): Promise<void> {
  const bytes = sampleBytes();
  const book = await readGoalDocument(bytes);
  await median('parse the sample (text → goal book)', 30, () => readGoalDocument(bytes), { aim: '≤ 20 ms' });

  const client = await PGlite.create();
  const database = await openDatabase({ pglite: client });
  const dump = await client.dumpDataDir('none');
  await database.close();
  const actor = { userId: null, name: 'bench' };
  const fresh = async () => openDatabase({ pglite: await PGlite.create({ loadDataDir: dump }), migrate: false });
  // each run imports into a freshly migrated database (creating the database is not timed)
  const databases = await Promise.all(Array.from({ length: 12 }, fresh));
  let i = 0;
  await median('import the sample into an empty PGlite database', 10, () => importGoalBook({ db: databases[i++]!.db, book, actor }), { aim: '≤ 300 ms', warmup: 2 });
  await median('re-import the same sample (nothing changes)', 10, () => importGoalBook({ db: databases[0]!.db, book, actor }));
  await Promise.all(databases.map((d) => d.close()));

  await median('export the sample as .xlsx', 15, () => exportGoalBook(book, 'xlsx'), { aim: '≤ 300 ms' });
  await median('export the sample as .docx', 15, () => exportGoalBook(book, 'docx'));
}
