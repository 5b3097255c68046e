import ExcelJS from 'exceljs';
import type { DocumentLayout, GridLayout, ParagraphLayout, TextSectionLayout } from '../export/layout.js';
import { guardCellText } from './formula-guard.js';

/** Renders a document layout as an .xlsx workbook: one sheet per table, merged cells as in the form. */

const FONT = '宋体';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const PARAGRAPH_FONT: Record<ParagraphLayout['style'], Partial<ExcelJS.Font>> = {
  title: { name: FONT, size: 16, bold: true },
  part: { name: FONT, size: 14, bold: true },
  heading: { name: FONT, size: 12, bold: true },
  body: { name: FONT, size: 11 },
};

/** Approximate wrapped line count: CJK characters are about two Excel width units wide. */
function linesNeeded(text: string, widthUnits: number): number {
  return text.split('\n').reduce((sum, line) => {
    let units = 0;
    for (const ch of line) units += ch.charCodeAt(0) > 0xff ? 2 : 1;
    return sum + Math.max(1, Math.ceil(units / Math.max(4, widthUnits - 1)));
  }, 0);
}

function writeParagraphRow(sheet: ExcelJS.Worksheet, p: ParagraphLayout, width: number, widthUnits: number): void {
  const row = sheet.addRow([guardCellText(p.text)]);
  if (width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  const cell = row.getCell(1);
  cell.font = PARAGRAPH_FONT[p.style];
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: p.style === 'body' ? 'left' : 'center' };
  row.height = Math.max(20, linesNeeded(p.text, widthUnits) * 15);
}

function writeTextSection(workbook: ExcelJS.Workbook, section: TextSectionLayout): void {
  const sheet = workbook.addWorksheet(section.sheetName);
  sheet.getColumn(1).width = 110;
  for (const p of section.paragraphs) writeParagraphRow(sheet, p, 1, 110);
}

function writeGrid(workbook: ExcelJS.Workbook, grid: GridLayout): void {
  const sheet = workbook.addWorksheet(grid.sheetName, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  grid.columnWidths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const totalUnits = grid.columnWidths.reduce((a, b) => a + b, 0);
  for (const p of grid.before ?? []) writeParagraphRow(sheet, p, grid.width, totalUnits);
  writeParagraphRow(sheet, { kind: 'paragraph', text: grid.title, style: 'part' }, grid.width, totalUnits);
  const offset = sheet.rowCount + 1;
  const heights = new Array<number>(grid.height).fill(1);
  for (const placed of grid.cells) {
    const r = offset + placed.row;
    const c = placed.col + 1;
    const cell = sheet.getCell(r, c);
    if (placed.number !== undefined) {
      cell.value = placed.number;
      cell.numFmt = '0.00';
    } else {
      cell.value = guardCellText(placed.text);
    }
    const centered = placed.role === 'label' || placed.role === 'header' || placed.role === 'percent' || placed.role === 'amount';
    cell.font = { name: FONT, size: 10, bold: placed.role === 'header' };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: centered ? 'center' : 'left' };
    if (placed.rowSpan > 1 || placed.colSpan > 1) sheet.mergeCells(r, c, r + placed.rowSpan - 1, c + placed.colSpan - 1);
    for (let rr = r; rr < r + placed.rowSpan; rr++) for (let cc = c; cc < c + placed.colSpan; cc++) sheet.getCell(rr, cc).border = THIN;
    if (placed.rowSpan === 1) {
      const units = grid.columnWidths.slice(placed.col, placed.col + placed.colSpan).reduce((a, b) => a + b, 0);
      heights[placed.row] = Math.max(heights[placed.row]!, linesNeeded(placed.text, units));
    }
  }
  heights.forEach((lines, i) => (sheet.getRow(offset + i).height = Math.max(18, lines * 14)));
}

export async function writeXlsx(layout: DocumentLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const part of layout) {
    if (part.kind === 'text') writeTextSection(workbook, part);
    else writeGrid(workbook, part);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
