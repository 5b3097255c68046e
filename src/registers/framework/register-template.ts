import ExcelJS from 'exceljs';
import { guardRow } from '../../documents/xlsx/formula-guard.js';
import type { SheetDef } from './define.js';

/**
 * The import template of a sheet: Chinese headers (required ones starred), drop-down lists for fixed
 * choices, and a 填写说明 sheet saying what each column takes. CSV: the header line, UTF-8 with a BOM so
 * Excel opens it in Chinese.
 */

/** The template's column headers, required ones starred: an export writes the same, so it imports back. */
export const templateHeaders = (sheet: SheetDef): string[] => sheet.fields.map((f) => (f.required ? `${f.label}*` : f.label));

export async function registerTemplateXlsx(sheet: SheetDef): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
  ws.addRow(guardRow(templateHeaders(sheet)));
  ws.getRow(1).font = { name: '宋体', bold: true };
  sheet.fields.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(10, [...f.label].length * 2 + 4);
    if (f.type === 'date') col.numFmt = 'yyyy-mm-dd';
    // text, not General: Excel keeps only 15 significant digits of a number, so an 18-digit ID number
    // typed into a General cell loses its last digits (and leading zeros of codes go too)
    if (f.type === 'text') col.numFmt = '@';
    const list = f.type === 'enum' ? f.options!.join(',') : f.type === 'bool' ? '是,否' : null;
    if (list && list.length <= 250) {
      const letter = col.letter;
      // exceljs supports range validations at run time; its typings only know cell.dataValidation
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}5000`, { type: 'list', allowBlank: !f.required, formulae: [`"${list}"`], showErrorMessage: true, error: `请从下拉列表中选择：${list}` });
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.addRow(guardRow(['列名', '必填', '说明']));
  help.getRow(1).font = { bold: true };
  for (const f of sheet.fields) help.addRow(guardRow([f.label, f.required ? '是' : '否', [f.hint ?? '', f.personal ? '个人信息，加密保存' : '', f.personal === 'idNumber' ? '本列为文本格式，请直接输入 18 位号码，不要改成数字格式' : ''].filter(Boolean).join('；')]));
  help.addRow([]);
  help.addRow(guardRow(['第 1 行为列名，记录从第 2 行写起；有任何一行不正确时整个文件都不会导入，并列出每处问题的行和列。']));
  help.getColumn(1).width = 22;
  help.getColumn(3).width = 70;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function registerTemplateCsv(sheet: SheetDef): Buffer {
  const line = guardRow(templateHeaders(sheet)).join(',');
  return Buffer.from(`\uFEFF${line}\r\n`, 'utf8');
}
