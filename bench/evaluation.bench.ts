import { getEvaluation } from '../src/app/evaluation/get-evaluation.js';
import { getEvaluationReport, saveEvaluationLine } from '../src/app/evaluation/evaluation-report.js';
import { loadEvaluationInputs } from '../src/app/evaluation/load-evaluation-inputs.js';
import { cliScope } from '../src/app/units/resolve-scope.js';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { loadRegisterDemo } from '../src/app/demo/load-register-demo.js';
import { PersonalDataCipher } from '../src/app/crypto/personal-data-cipher.js';
import type { TGoalBook } from '../src/contract/goal-book.js';
import { evaluate } from '../src/core/scoring/evaluate.js';
import { DEFAULT_SCHEME } from '../src/core/scoring/scheme.js';
import type { Database } from '../src/db/client.js';
import { sampleGoalBook } from '../test/helpers/fixtures.js';
import { median, once } from './harness.js';
import { onEachEngine } from './bench-database.js';

/**
 * Issue "self-evaluation": evaluate all 12 projects of the sample with the demo year of register
 * records (aim ≤ 50 ms), and a synthetic 500-project goal book (aim ≤ 1 s) — read through the same
 * indicator-progress and spending paths as the CLI, plus the pure scoring of those 500 alone; the
 * report page's read and saving one line (validated from what the line needs). On PGlite, and on
 * PostgreSQL too when DATABASE_URL is set (in a throw-away database).
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

async function measure(label: string, database: Database): Promise<void> {
  const db = database.db;
  await once(`${label}: load the sample and a demo year of registers`, async () => {
    await importGoalBook({ db, book: sampleGoalBook(), actor });
    await loadRegisterDemo({ db, cipher: new PersonalDataCipher(Buffer.alloc(32, 7)), year: 2022, actor });
  });
  const sample = await cliScope(db, '315002');
  await median(`${label}: evaluate the sample’s 12 projects (demo registers)`, 15, () => getEvaluation({ db, scope: sample, year: 2022 }), { aim: '≤ 50 ms' });
  const viewer = { actor, role: 'finance' as const, sections: [] };
  await median(`${label}:   the 绩效自评 page (report, live figures, comments)`, 15, () => getEvaluationReport({ db, scope: sample, year: 2022, viewer }));
  const line = (await getEvaluation({ db, scope: sample, year: 2022 })).projects[0]!.indicators[0]!;
  let n = 0;
  await median(`${label}:   save one line’s 偏差原因 (validated from what it needs)`, 15, () => saveEvaluationLine({ db, scope: sample, year: 2022, viewer, indicatorId: line.id, input: { deviation: `原因 ${++n}` } }));

  await importGoalBook({ db, book: syntheticBook(500), actor });
  const big = await cliScope(db, '999500');
  await median(`${label}: evaluate 500 projects (3,500 indicators)`, 7, () => getEvaluation({ db, scope: big, year: 2022 }), { aim: '≤ 1 s', warmup: 1 });
  const inputs = await loadEvaluationInputs({ db, scope: big, year: 2022 });
  const none = { lines: new Map(), actualResults: new Map() };
  await median(`${label}:   of which scoring the 500 (pure, inputs in memory)`, 15, () => evaluate(inputs, DEFAULT_SCHEME, none));
}

export default async function evaluationBench(): Promise<void> {
  await onEachEngine('evaluation', measure);
}
