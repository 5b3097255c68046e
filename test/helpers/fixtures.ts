import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TGoalBook } from '../../src/contract/goal-book.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SAMPLE_PATH = path.join(root, 'samples/laoting-justice-2022.txt');
export const sampleBytes = (): Buffer => readFileSync(SAMPLE_PATH);

/** The sample as parsed and checked by hand (warnings left out). */
export function sampleGoalBook(): TGoalBook {
  return JSON.parse(readFileSync(path.join(root, 'test/fixtures/laoting-2022.goal-book.json'), 'utf8')) as TGoalBook;
}

export const withoutWarnings = <T extends { warnings?: unknown }>(book: T): Omit<T, 'warnings'> => {
  const { warnings: _warnings, ...rest } = book;
  return rest;
};

/** A fixture of test/fixtures/foreign (goal and self-evaluation tables as other counties lay them out). */
export const foreignFixture = (name: string): Buffer => readFileSync(path.join(root, 'test/fixtures/foreign', name));
