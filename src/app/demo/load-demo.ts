import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/client.js';
import { readGoalDocument } from '../../documents/read-goal-document.js';
import { listGoalBookYears } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { importGoalBook } from '../goal-book/import-goal-book.js';
import { seedLibrary } from '../library/seed-library.js';

export const SAMPLE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples/laoting-justice-2022.txt');

export interface DemoStep {
  name: string;
  run: () => Promise<string>;
}

/**
 * What `npm start` puts into an empty database: the sample goal book, the indicator library seeded from
 * its indicators, then whatever the later steps
 * add (a year of payments, register records). Nothing happens when a goal book is already stored.
 */
export async function loadDemo(options: { db: Db; actor: Actor; steps?: DemoStep[]; log: (line: string) => void }): Promise<boolean> {
  if ((await listGoalBookYears(options.db)).length > 0) return false;
  const book = await readGoalDocument(await readFile(SAMPLE_FILE), { fileName: path.basename(SAMPLE_FILE) });
  const result = await importGoalBook({ db: options.db, book, actor: options.actor });
  options.log(`已载入示例绩效目标：${result.unit.name}（${result.unit.code}）${result.year}年度，${result.diff.summary}`);
  const added = await seedLibrary({ db: options.db, actor: options.actor, book });
  options.log(`已由示例的 ${book.projects.reduce((n, p) => n + p.indicators.length, 0)} 个三级指标建立指标库：${added} 条`);
  for (const step of options.steps ?? []) options.log(await step.run());
  return true;
}
