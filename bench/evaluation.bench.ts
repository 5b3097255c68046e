import { PGlite } from '@electric-sql/pglite';
import { getEvaluation } from '../src/app/evaluation/get-evaluation.js';
import { loadEvaluationInputs } from '../src/app/evaluation/load-evaluation-inputs.js';
import { requireUnit } from '../src/app/goal-book/get-goal-book.js';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { loadRegisterDemo } from '../src/app/demo/load-register-demo.js';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import type { TGoalBook } from '../src/contract/goal-book.js';
import { evaluate } from '../src/core/scoring/evaluate.js';
import { DEFAULT_SCHEME } from '../src/core/scoring/scheme.js';
import { openDatabase } from '../src/db/client.js';
import { sampleGoalBook } from '../test/helpers/fixtures.js';
import { median } from './harness.js';

/**
 * Issue "self-evaluation": evaluate all 12 projects of the sample with the demo year of register
 * records (aim ≤ 50 ms), and a synthetic 500-project goal book (aim ≤ 1 s) — read through the same
 * indicator-progress and spending paths as the CLI, plus the pure scoring of those 500 alone.
 */

const actor = { userId: null, name: 'bench' };

/** 500 projects: the sample's 12 again and again under new codes (each with its 7 indicators). */
function syntheticBook(n: number): TGoalBook {
  const sample = sampleGoalBook();
  const projects = Array.from({ length: n }, (_, k) => {
    const p = sample.projects[k % sample.projects.length]!;
    return { ...p, code: `B${String(k).padStart(5, '0')}${p.code.slice(6)}`, name: `${p.name}（${k + 1}）` };
  });
  return { ...sample, unit: { code: '999500', name: '基准测试单位' }, projects };
}

export default async function evaluationBench(): Promise<void> {
  const database = await openDatabase({ pglite: await PGlite.create() });
  const db = database.db;
  await importGoalBook({ db, book: sampleGoalBook(), actor });
  await loadRegisterDemo({ db, cipher: new PersonalDataCipher(Buffer.alloc(32, 7)), year: 2022, actor });
  const sample = await requireUnit(db, '315002');
  await median('evaluate the sample’s 12 projects (demo registers)', 15, () => getEvaluation({ db, unit: sample, year: 2022 }), { aim: '≤ 50 ms' });

  await importGoalBook({ db, book: syntheticBook(500), actor });
  const big = await requireUnit(db, '999500');
  await median('evaluate 500 projects (3,500 indicators)', 7, () => getEvaluation({ db, unit: big, year: 2022 }), { aim: '≤ 1 s', warmup: 1 });
  const inputs = await loadEvaluationInputs({ db, unit: big, year: 2022 });
  const none = { lines: new Map(), actualResults: new Map() };
  await median('  of which scoring the 500 (pure, inputs in memory)', 15, () => evaluate(inputs, DEFAULT_SCHEME, none));
  await database.close();
}
