import { sql } from 'drizzle-orm';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import { loadRegisterDemo } from '../src/app/demo/load-register-demo.js';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { cliScope } from '../src/app/units/resolve-scope.js';
import { getCorrectionWorkspace } from '../src/registers/correction/supervision/get-workspace.js';
import { lifecycleLists } from '../src/registers/correction/lifecycle/workspace-lists.js';
import { readCorrectionSettings } from '../src/registers/correction/supervision/correction-settings.js';
import { authenticateVendor, ingestEvents } from '../src/registers/correction/supervision/ingest-events.js';
import { loadSupervisionDemo } from '../src/registers/correction/supervision/load-supervision-demo.js';
import { simulateEvents } from '../src/registers/correction/supervision/simulate-events.js';
import { peopleInPeriod } from '../src/registers/correction/supervision/supervision.repository.js';
import { createVendor } from '../src/registers/correction/supervision/vendors.js';
import { sampleGoalBook } from '../test/helpers/fixtures.js';
import { median, once } from './harness.js';
import { openBenchDatabase } from './bench-database.js';

/**
 * Issue 15 (community-correction supervision): ingesting 10,000 location events through the vendor
 * feed (key check, person lookup, encryption of each point, idempotent insert, audit; aim ≤ 2 s on
 * PostgreSQL) beside the bare INSERT of the same rows, and the 司法所 workspace over a year of history
 * (the demo year's people, alarms and daily reports; aim ≤ 100 ms) beside its core SQL count.
 */

export default async function bench(): Promise<void> {
  const { database, drop } = await openBenchDatabase('correction');
  try {
    const db = database.db;
    const actor = { userId: null, name: 'bench' };
    const cipher = new PersonalDataCipher(Buffer.alloc(32, 7));
    await importGoalBook({ db, book: sampleGoalBook(), actor });
    await loadRegisterDemo({ db, cipher, year: 2022, actor });
    const scope = await cliScope(db, '315002');
    // a busier year than the demo's: about 8,000 alarms and 4,700 daily reports
    const history = await loadSupervisionDemo({ db, unitId: scope.rootUnit.id, year: 2022, actor, alarmsPerPersonDay: 0.25 });
    console.log(`history: ${history?.alarms ?? 0} alarms, ${history?.reports ?? 0} daily reports in 2022`);
    const officeScope = { ...scope, offices: ['胡家坨司法所'] };
    const now = '2022-06-15T02:00:00.000Z';
    await median('司法所 workspace (胡家坨, a year of history)', 20, () => getCorrectionWorkspace({ db, cipher, scope: officeScope, subject: null, now }), { aim: '≤ 100 ms' });
    await median('section workspace (13 offices)', 10, () => getCorrectionWorkspace({ db, cipher, scope, subject: null, now }));
    const settings = await readCorrectionSettings(db, scope.rootUnit.id);
    await median('  of which: lifecycle clocks and month duties (胡家坨)', 20, () => lifecycleLists({ db, cipher, scope: officeScope, seesSealed: false, today: '2022-06-15', settings, changesOf: new Map() }));
    await median('raw SQL: open alarms of one office', 20, () => db.execute(sql`select count(*) from reg_correction_alarm where unit_id = ${scope.rootUnit.id} and office = '胡家坨司法所' and handled_at is null and voided_at is null`));

    const people = (await peopleInPeriod(db, { unitId: scope.rootUnit.id, from: '2022-12-01', to: '2022-12-31' })).map((p) => p.id);
    const vendor = await authenticateVendor(db, (await createVendor({ db, scope, actor, name: 'bench' })).key);

    const events = simulateEvents({ personIds: people, count: 10_000, from: '2022-12-01T00:00:00Z', to: '2022-12-31T00:00:00Z', seed: 1 });
    await once('ingest 10,000 vendor events (one batch)', () => ingestEvents({ db, cipher, vendor, events, ip: 'bench' }), { aim: '≤ 2 s on PostgreSQL' });
    await once('the same 10,000 again (all duplicates)', () => ingestEvents({ db, cipher, vendor, events, ip: 'bench' }));
    const raw = JSON.stringify(events.map((e, i) => ({ person_id: e.personId, kind: e.kind, raised_at: e.occurredAt, event_id: `raw-${i}` })));
    await once('raw SQL: INSERT … SELECT of 10,000 alarm rows', () =>
      db.execute(sql`insert into reg_correction_alarm (unit_id, office, person_id, kind, raised_on, raised_at, due_at, vendor_id, event_id) select ${scope.rootUnit.id}, '胡家坨司法所', person_id, kind, raised_at::date, raised_at, raised_at + interval '1 hour', 0, event_id from jsonb_to_recordset(${raw}::jsonb) as r(person_id int, kind text, raised_at timestamptz, event_id text)`),
    );

  } finally {
    await drop();
  }
}
