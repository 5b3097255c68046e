import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { DocumentLayout, GridLayout, ParagraphLayout, PlacedCell } from '../export/layout.js';

/** Renders a document layout as a Word .docx: paragraphs, then each table with real merged cells. */

const FONT = '仿宋';
const SIZES: Record<ParagraphLayout['style'], number> = { title: 36, part: 32, heading: 28, body: 24 };

function paragraph(p: ParagraphLayout, pageBreakBefore = false): Paragraph {
  const centered = p.style === 'title' || p.style === 'part';
  return new Paragraph({
    alignment: centered ? AlignmentType.CENTER : AlignmentType.LEFT,
    pageBreakBefore,
    spacing: { after: p.style === 'body' ? 60 : 160 },
    ...(p.style === 'body' ? { indent: { firstLine: 480 } } : {}),
    children: [new TextRun({ text: p.text, font: FONT, size: SIZES[p.style], bold: p.style !== 'body' })],
  });
}

function cellParagraphs(cell: PlacedCell | undefined): Paragraph[] {
  const lines = cell ? cell.text.split('\n') : [''];
  const centered = cell !== undefined && (cell.role === 'label' || cell.role === 'header' || cell.role === 'percent' || cell.role === 'amount');
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: centered ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, font: FONT, size: 21, bold: cell?.role === 'header' })],
      }),
  );
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(grid: GridLayout): Table {
  const starts = new Map<string, PlacedCell>();
  for (const c of grid.cells) starts.set(`${c.row}:${c.col}`, c);
  const continuing = (row: number, col: number): PlacedCell | undefined =>
    grid.cells.find((c) => c.col === col && c.row < row && row < c.row + c.rowSpan);
  const totalWidth = 9000;
  const unitSum = grid.columnWidths.reduce((a, b) => a + b, 0);
  const columnWidths = grid.columnWidths.map((w) => Math.round((w / unitSum) * totalWidth));

  const rows: TableRow[] = [];
  for (let r = 0; r < grid.height; r++) {
    const cells: TableCell[] = [];
    for (let c = 0; c < grid.width; ) {
      const start = starts.get(`${r}:${c}`);
      if (start) {
        cells.push(
          new TableCell({
            children: cellParagraphs(start),
            columnSpan: start.colSpan,
            verticalAlign: VerticalAlign.CENTER,
            ...(start.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          }),
        );
        c += start.colSpan;
        continue;
      }
      const above = continuing(r, c);
      if (above) {
        cells.push(new TableCell({ children: cellParagraphs(undefined), columnSpan: above.colSpan, verticalMerge: VerticalMergeType.CONTINUE }));
        c += above.colSpan;
        continue;
      }
      c++; // not covered by anything: a hole in the layout, leave it out
    }
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  }
  return new Table({
    rows,
    columnWidths,
    width: { size: totalWidth, type: WidthType.DXA },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

export async function writeDocx(layout: DocumentLayout): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  let tables = 0;
  for (const part of layout) {
    if (part.kind === 'text') {
      for (const p of part.paragraphs) children.push(paragraph(p));
      continue;
    }
    const before = part.before ?? [];
    before.forEach((p, i) => children.push(paragraph(p, i === 0)));
    children.push(paragraph({ kind: 'paragraph', text: part.title, style: 'heading' }, before.length === 0 && tables > 0));
    children.push(table(part));
    children.push(new Paragraph({ children: [] }));
    tables++;
  }
  const doc = new Document({
    creator: 'jixiao',
    title: 'jixiao',
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.PORTRAIT } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
