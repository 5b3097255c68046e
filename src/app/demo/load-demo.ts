import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/client.js';
import { readGoalDocument } from '../../documents/read-goal-document.js';
import { listGoalBookYears } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { importGoalBook } from '../goal-book/import-goal-book.js';

export const SAMPLE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../samples/laoting-justice-2022.txt');

export interface DemoStep {
  name: string;
  run: () => Promise<string>;
}

/**
 * What `npm start` puts into an empty database: the sample goal book, then whatever the later steps
 * add (a year of payments, register records). Nothing happens when a goal book is already stored.
 */
export async function loadDemo(options: { db: Db; actor: Actor; steps?: DemoStep[]; log: (line: string) => void }): Promise<boolean> {
  if ((await listGoalBookYears(options.db)).length > 0) return false;
  const book = await readGoalDocument(await readFile(SAMPLE_FILE), { fileName: path.basename(SAMPLE_FILE) });
  const result = await importGoalBook({ db: options.db, book, actor: options.actor });
  options.log(`已载入示例绩效目标：${result.unit.name}（${result.unit.code}）${result.year}年度，${result.diff.summary}`);
  for (const step of options.steps ?? []) options.log(await step.run());
  return true;
}
