import ExcelJS from 'exceljs';
import { tidyText, type Block, type BlockDocument, type Cell, type Row, type TableBlock } from '../blocks.js';
import { unguardCellText } from './formula-guard.js';
import { loadXlsxWorkbook } from './load-workbook.js';

/**
 * Excel .xlsx → blocks, one sheet after another as jixiao exports them: leading single-cell rows are
 * paragraphs (titles, narrative), the rest of a sheet is a table. Merged ranges become spans (across)
 * or continuation cells (down) exactly as Word's merges do, so one parser reads both.
 */

/** What the cell says, with jixiao's formula guard (a leading apostrophe) removed from text. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (typeof v === 'string' || (typeof v === 'object' && v !== null && 'richText' in v)) return unguardCellText(rawCellText(cell));
  return rawCellText(cell);
}

function rawCellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const fmt = cell.numFmt ?? '';
    // a percentage typed as a number (0.25 shown as 25%) is read as the 25% the user sees
    if (fmt.includes('%')) return `${Number((v * 100).toPrecision(12))}%`;
    return String(v);
  }
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v && v.result !== undefined && v.result !== null) return String(v.result);
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  return cell.text ?? '';
}

interface MergeInfo {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(sheet: ExcelJS.Worksheet): MergeInfo[] {
  const ranges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
  const decode = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), col };
  };
  return ranges.map((r) => {
    const [a, b] = r.split(':');
    const tl = decode(a!);
    const br = decode(b ?? a!);
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  });
}

export async function readXlsxBlocks(bytes: Uint8Array): Promise<BlockDocument> {
  const workbook = await loadXlsxWorkbook(bytes, 'Excel 文件已损坏或不完整，无法读取');
  const blocks: Block[] = [];
  let tableIndex = 0;
  for (const sheet of workbook.worksheets) {
    const merges = mergesOf(sheet);
    const masterAt = new Map<string, MergeInfo>();
    const coveredBy = new Map<string, MergeInfo>();
    for (const m of merges) {
      masterAt.set(`${m.top}:${m.left}`, m);
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) coveredBy.set(`${r}:${c}`, m);
    }
    const width = sheet.columnCount;
    let table: TableBlock | null = null;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const key = `${r}:${c}`;
        const covering = coveredBy.get(key);
        if (covering) {
          // the first column of a range merged down continues the cell above; other covered cells are spans
          if (covering.top < r && covering.left === c) cells.push({ text: '', col: c, span: covering.right - covering.left + 1, mergedFromAbove: true });
          continue;
        }
        const master = masterAt.get(key);
        const source = sheet.getCell(r, c);
        const text = tidyText(cellText(source));
        const cell: Cell = { text, col: c, span: master ? master.right - master.left + 1 : 1 };
        if (source.value instanceof Date) cell.date = true;
        cells.push(cell);
      }
      const filled = cells.filter((c) => c.text !== '' || c.mergedFromAbove);
      if (filled.length === 0) {
        if (table) table.rows.push({ cells, number: r });
        continue;
      }
      const only = filled.length === 1 ? filled[0]! : undefined;
      const isParagraph = only !== undefined && !only.mergedFromAbove && only.col === 1 && (!table || only.span >= Math.max(2, width - 1));
      if (isParagraph) {
        if (table) blocks.push(table);
        table = null;
        for (const line of only.text.split('\n')) if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim(), sheet: sheet.name });
        continue;
      }
      if (!table) table = { kind: 'table', index: ++tableIndex, rows: [], sheet: sheet.name };
      const row: Row = { cells, number: r };
      table.rows.push(row);
    }
    if (table) blocks.push(table);
  }
  return { format: 'xlsx', blocks };
}
