import { expect } from 'vitest';
import type { TableBlock } from '../../src/documents/blocks.js';
import { EVIDENCE_HEADERS } from '../../src/documents/export/evidence-layout.js';

const texts = (table: TableBlock) => table.rows.map((row) => row.cells.filter((c) => !c.mergedFromAbove).map((c) => c.text));
const isEvidence = (table: TableBlock) => JSON.stringify(texts(table)[0]) === JSON.stringify(EVIDENCE_HEADERS);

/** A report file's tables read back: the report's own, and the 佐证材料 listing that closes it (its rows under the header). */
export function splitEvidence(tables: TableBlock[]): { report: TableBlock[]; evidence: string[][] } {
  const last = tables.at(-1);
  expect(last && isEvidence(last), 'the file ends with the 佐证材料 listing').toBe(true);
  return { report: tables.slice(0, -1), evidence: texts(last!).slice(1) };
}
