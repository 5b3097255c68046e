/**
 * A format-neutral description of an exported document: paragraphs and grids of placed cells with
 * row/column spans. The .xlsx and .docx writers both render this, so the two exports lay out every
 * table identically and a change to a form is made once.
 */

export type CellRole = 'label' | 'value' | 'header' | 'amount' | 'percent' | 'text';

/** What a cell shows, so an interactive renderer (the web) can link findings and edits to it. */
export interface CellRef {
  /** index of the indicator in its table, for indicator rows */
  indicatorIndex?: number;
  field: string;
}

export interface PlacedCell {
  /** 0-based row and column in the grid */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: CellRole;
  /** an amount cell's numeric value in the table's money unit, so spreadsheets can add it up */
  number?: number;
  ref?: CellRef;
}

export interface GridLayout {
  kind: 'grid';
  /** sheet name for spreadsheets (≤ 31 characters, no []:*?/\) */
  sheetName: string;
  /** paragraphs that come before the table's title (e.g. "第二部分 预算项目绩效目标") */
  before?: ParagraphLayout[];
  title: string;
  width: number;
  /** relative column widths, one per grid column */
  columnWidths: number[];
  height: number;
  cells: PlacedCell[];
}

export interface ParagraphLayout {
  kind: 'paragraph';
  text: string;
  style: 'title' | 'part' | 'heading' | 'body';
}

/** A sheet (xlsx) or a run of paragraphs (docx) of narrative text. */
export interface TextSectionLayout {
  kind: 'text';
  sheetName: string;
  paragraphs: ParagraphLayout[];
}

export type DocumentLayout = Array<GridLayout | TextSectionLayout>;

/** Builds a grid row by row; cells are placed left to right, skipping columns covered from above. */
export class GridBuilder {
  private readonly cells: PlacedCell[] = [];
  private readonly covered = new Set<string>();
  private rowIndex = -1;
  private colIndex = 0;

  constructor(private readonly width: number) {}

  row(): this {
    this.rowIndex++;
    this.colIndex = 0;
    return this;
  }

  /** Place a cell at the next free column of the current row. */
  cell(text: string, role: CellRole, options: { colSpan?: number; rowSpan?: number; number?: number; ref?: CellRef } = {}): this {
    while (this.covered.has(`${this.rowIndex}:${this.colIndex}`)) this.colIndex++;
    const colSpan = options.colSpan ?? 1;
    const rowSpan = options.rowSpan ?? 1;
    if (this.colIndex + colSpan > this.width) throw new Error(`grid overflow at row ${this.rowIndex}`);
    const placed: PlacedCell = { row: this.rowIndex, col: this.colIndex, rowSpan, colSpan, text, role };
    if (options.number !== undefined) placed.number = options.number;
    if (options.ref) placed.ref = options.ref;
    this.cells.push(placed);
    for (let r = this.rowIndex; r < this.rowIndex + rowSpan; r++) {
      for (let c = this.colIndex; c < this.colIndex + colSpan; c++) this.covered.add(`${r}:${c}`);
    }
    this.colIndex += colSpan;
    return this;
  }

  /** Fill the rest of the current row with one cell. */
  rest(text: string, role: CellRole, ref?: CellRef): this {
    while (this.covered.has(`${this.rowIndex}:${this.colIndex}`)) this.colIndex++;
    const colSpan = this.width - this.colIndex;
    return colSpan > 0 ? this.cell(text, role, { colSpan, ...(ref ? { ref } : {}) }) : this;
  }

  build(sheetName: string, title: string, columnWidths: number[]): GridLayout {
    return {
      kind: 'grid',
      sheetName,
      title,
      width: this.width,
      columnWidths,
      height: this.rowIndex + 1,
      cells: this.cells,
    };
  }
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique within the workbook. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base.slice(0, 26)}~${i}`;
  taken.add(candidate);
  return candidate;
}
