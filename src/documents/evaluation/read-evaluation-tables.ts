import type { BlockDocument, Row, TableBlock } from '../blocks.js';
import { readDocxBlocks } from '../docx/read-docx-blocks.js';
import { readXlsxBlocks } from '../xlsx/read-xlsx-blocks.js';

/** What a 项目支出绩效自评表 says about scores, read back from an exported (or filled-in) file. */
export interface ReadEvaluationTable {
  projectName: string;
  executionScore: number | null;
  indicators: { name: string; weight: number | null; score: number | null }[];
  total: number | null;
}

const number = (text: string | undefined) => {
  const t = (text ?? '').trim();
  return t === '' || Number.isNaN(Number(t)) ? null : Number(t);
};

/** The cells of a row in grid order, merged continuations as empty strings, indexed by grid column. */
function gridOf(row: Row): Map<number, string> {
  return new Map(row.cells.map((c) => [c.col, c.mergedFromAbove ? '' : c.text.trim()]));
}

function readTable(t: TableBlock): ReadEvaluationTable | null {
  const rows = t.rows.map(gridOf);
  const nameRow = rows.find((r) => [...r.values()][0] === '项目名称');
  const header = t.rows.findIndex((r) => r.cells.some((c) => c.text.trim() === '三级指标'));
  if (!nameRow || header < 0) return null;
  const col = (label: string) => t.rows[header]!.cells.find((c) => c.text.trim() === label)?.col;
  const [cName, cWeight, cScore] = [col('三级指标'), col('分值'), col('得分')];
  const moneyHeader = t.rows.findIndex((r) => r.cells.some((c) => c.text.trim() === '年初预算数'));
  const moneyScoreCol = moneyHeader >= 0 ? t.rows[moneyHeader]!.cells.find((c) => c.text.trim() === '得分')?.col : undefined;
  const execution = moneyHeader >= 0 && moneyScoreCol !== undefined ? number(rows[moneyHeader + 1]!.get(moneyScoreCol)) : null;
  const indicators: ReadEvaluationTable['indicators'] = [];
  let total: number | null = null;
  for (let n = header + 1; n < rows.length; n++) {
    const r = rows[n]!;
    const first = t.rows[n]!.cells.find((c) => !c.mergedFromAbove)?.text.trim();
    if (first === '总分') {
      const cells = t.rows[n]!.cells.filter((c) => !c.mergedFromAbove);
      total = number(cells[2]?.text);
      break;
    }
    indicators.push({ name: r.get(cName!) ?? '', weight: number(r.get(cWeight!)), score: number(r.get(cScore!)) });
  }
  return { projectName: [...nameRow.values()].find((v, i) => i > 0 && v !== '') ?? '', executionScore: execution, indicators, total };
}

export async function readEvaluationTables(bytes: Uint8Array, format: 'xlsx' | 'docx'): Promise<ReadEvaluationTable[]> {
  const doc: BlockDocument = format === 'xlsx' ? await readXlsxBlocks(bytes) : await readDocxBlocks(bytes);
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? [readTable(b)] : [])).filter((x): x is ReadEvaluationTable => x !== null);
}
