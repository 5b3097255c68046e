import type { Block, BlockDocument, Cell, ParagraphBlock, Row, TableBlock } from '../blocks.js';
import { isShortLine, moneyUnitIn, unitIn } from './document-facts.js';
import { indicatorFieldOf, monthOfPlanHeader, projectLabelOf, type IndicatorField } from './labels.js';
import { levelKindOf } from './levels.js';

/**
 * A table pasted as one cell per line ("one cell per line, blank lines between cells"): every cell
 * became a paragraph and the row boundaries are gone. The rows are rebuilt from what the cells say —
 * a label takes the value after it, the indicator header's labels give the row width, and each
 * indicator row is as wide as the level it starts with (a row starting with a 二级指标 left its merged
 * 一级指标 out). Only documents without any indicator table are regrouped.
 */

const TITLE = /(?:绩效目标(?:申报)?表|自评表|评价表)$|^第[一二三]部分|^[一二三四五六七八九十]+[、.．]/u;

const headerField = (p: ParagraphBlock | undefined): IndicatorField | undefined => (p ? indicatorFieldOf(p.text) : undefined);

/** The indicator header starting at i: at least three labels in a row, or undefined. */
function headerAt(ps: ParagraphBlock[], i: number): IndicatorField[] | undefined {
  const fields: IndicatorField[] = [];
  for (let j = i; j < ps.length; j++) {
    const f = headerField(ps[j]);
    if (!f) break;
    fields.push(f);
  }
  const named = fields.includes('name') || (fields.includes('level1') && fields.includes('level2'));
  return fields.length >= 3 && named && fields.includes('value') ? fields : undefined;
}

const stops = (p: ParagraphBlock) => TITLE.test(p.text) || (isShortLine(p.text) && (unitIn(p.text) !== undefined || moneyUnitIn(p.text) !== undefined) && projectLabelOf(p.text) === undefined);
const startsRun = (ps: ParagraphBlock[], i: number) => {
  const label = projectLabelOf(ps[i]!.text);
  return label === 'code' || label === 'name' || headerAt(ps, i) !== undefined;
};

const cellsOf = (texts: string[], firstCol = 1): Cell[] => texts.map((text, k) => ({ text, col: firstCol + k, span: 1 }));

/** Rows of one run of cell paragraphs, from ps[start]; returns the rows and where the run ended. */
function readRun(ps: ParagraphBlock[], start: number): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  const push = (cells: Cell[], at: ParagraphBlock) => rows.push({ cells, number: rows.length + 1, ...(at.line !== undefined ? { line: at.line } : {}) });
  let header: IndicatorField[] | undefined;
  let j = start;
  const isBoundary = (k: number) => k >= ps.length || stops(ps[k]!) || projectLabelOf(ps[k]!.text) !== undefined || headerAt(ps, k) !== undefined;
  while (j < ps.length) {
    const p = ps[j]!;
    if (stops(p)) break;
    const newHeader = headerAt(ps, j);
    if (newHeader) {
      header = newHeader;
      push(cellsOf(ps.slice(j, j + header.length).map((x) => x.text)), p);
      j += header.length;
      continue;
    }
    const label = projectLabelOf(p.text);
    if (label === 'plan') {
      const months: string[] = [];
      let k = j + 1;
      while (k < ps.length && monthOfPlanHeader(ps[k]!.text) !== undefined) months.push(ps[k++]!.text);
      push(cellsOf([p.text, ...months]), p);
      const percents = ps.slice(k, k + months.length).filter((x) => /^\s*\d+(?:\.\d+)?\s*[%％]?\s*$/u.test(x.text));
      if (percents.length > 0) push(cellsOf(percents.map((x) => x.text), 2), percents[0]!);
      j = k + percents.length;
      continue;
    }
    if (label === 'goals') {
      let k = j + 1;
      const lines: string[] = [];
      while (k < ps.length && !isBoundary(k)) lines.push(ps[k++]!.text);
      push(cellsOf([p.text, lines.join('\n')]), p);
      j = k;
      continue;
    }
    if (label !== undefined) {
      const valueFollows = label !== 'budgetGroup' && !isBoundary(j + 1);
      push(cellsOf(valueFollows ? [p.text, ps[j + 1]!.text] : [p.text]), p);
      j += valueFollows ? 2 : 1;
      continue;
    }
    if (header) {
      // an indicator row: as many cells as the header has from the level it starts with
      const kind = levelKindOf(p.text);
      const from = kind === 'level1' || kind === 'either' ? header.indexOf('level1') : kind === 'level2' ? header.indexOf('level2') : header.indexOf('name');
      const skip = Math.max(0, from);
      const texts: string[] = [];
      let k = j;
      while (k < ps.length && texts.length < header.length - skip && (k === j || !isBoundary(k))) texts.push(ps[k++]!.text);
      push(cellsOf(texts, skip + 1), p);
      j = k;
      continue;
    }
    push(cellsOf([p.text]), p);
    j++;
  }
  return { rows, end: j };
}

export function regroupCellLines(doc: BlockDocument): BlockDocument {
  if (doc.blocks.some((b) => b.kind === 'table')) return doc;
  const ps = doc.blocks as ParagraphBlock[];
  if (!ps.some((_, i) => headerAt(ps, i) !== undefined)) return doc;
  const blocks: Block[] = [];
  let tables = 0;
  let i = 0;
  while (i < ps.length) {
    if (!startsRun(ps, i)) {
      blocks.push(ps[i]!);
      i++;
      continue;
    }
    const { rows, end } = readRun(ps, i);
    const table: TableBlock = { kind: 'table', index: ++tables, rows };
    blocks.push(table);
    i = Math.max(end, i + 1);
  }
  return { ...doc, blocks };
}
