import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { guardRow } from '../../documents/xlsx/formula-guard.js';
import { assertMayRead, assertMayUnmask } from './access.js';
import type { SheetDef } from './define.js';
import type { FieldDef, FieldValue } from './fields.js';
import { DEADLINE_FILTER_LABEL } from '../../core/deadlines.js';
import { auditSealedRead, auditUnmaskedRead, recordQueryOf, type RecordFilters } from './list-records.js';
import { listRecordsAfter, type RecordCursor } from './record.repository.js';
import { viewOf } from './records.js';
import { templateHeaders } from './register-template.js';
import type { RecordContext } from './context.js';

/**
 * A sheet's list as an .xlsx file: every record the list shows for the same filters, in the list's
 * order, in the reader's scope (the list's own query conditions), masked unless the reader may and asks
 * to unmask (audited as the list's unmasked read is). The header row is the import template's, on row
 * 1, so an export edited in Excel imports back as a filled template would; the derived columns (legal
 * deadlines as of `asOf`) follow and an import skips them.
 *
 * Records are read in batches through one REPEATABLE READ snapshot (the file is one consistent set
 * even while others write) and streamed into the workbook, so only one batch of rows and the
 * compressed file are in memory.
 */

export const EXPORT_BATCH = 5000;

/**
 * The list's filters minus voided: an export holds the records in force only — it has no column to
 * flag a voided one, and an edited export imported back must not bring voided records back to life.
 */
export interface ExportQuery extends Omit<RecordFilters, 'voided'> {
  unmasked: boolean;
}

export interface ExportRecordsOptions extends RecordContext {
  query: ExportQuery;
  /** records read per query (tests use a small one to cross batch boundaries) */
  batchSize?: number;
}

export interface RecordExport {
  fileName: string;
  bytes: Buffer;
  count: number;
}

const DATE_FORMAT = 'yyyy-mm-dd';

function widthOf(f: FieldDef): number {
  const label = [...f.label].length * 2 + 4;
  const content =
    f.personal === 'idNumber' ? 22
    : f.personal === 'phone' ? 15
    : f.personal === 'name' ? 10
    : f.type === 'date' ? 12
    : f.type === 'money' ? 14
    : f.type === 'int' || f.type === 'bool' ? 8
    : f.type === 'enum' ? Math.max(...f.options!.map((o) => [...o].length)) * 2 + 2
    : f.maxLength > 200 ? 40
    : 20;
  return Math.min(50, Math.max(label, content));
}

/** A field value as a spreadsheet cell: dates as dates, booleans as 是/否 (as the template takes them). */
function cellOf(f: FieldDef | null, value: FieldValue | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if ((f === null || f.type === 'date') && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Record ids as ranges (3-7,9): an export of a whole register names its records in a few characters. */
export function idRanges(ids: number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** 法律援助案件-2022.xlsx, or the date range when it is not a calendar year. */
export function exportFileName(sheet: SheetDef, q: ExportQuery): string {
  const from = q.year !== undefined ? `${q.year}-01-01` : q.from;
  const to = q.year !== undefined ? `${q.year}-12-31` : q.to;
  const year = from?.slice(0, 4);
  const period = from && to && from === `${year}-01-01` && to === `${year}-12-31` ? year : from || to ? `${from ?? ''}至${to ?? ''}` : null;
  return `${sheet.name}${period ? `-${period}` : ''}.xlsx`;
}

function describeFilters(sheet: SheetDef, q: ExportQuery): string {
  const parts: string[] = [];
  const date = sheet.fields.find((f) => f.key === sheet.dateKey)!;
  const from = q.year !== undefined ? `${q.year}-01-01` : q.from;
  const to = q.year !== undefined ? `${q.year}-12-31` : q.to;
  if (from || to) parts.push(`${date.label} ${from ?? '不限'} 至 ${to ?? '不限'}`);
  for (const [key, value] of Object.entries(q.filters)) {
    const f = sheet.fields.find((x) => x.key === key);
    parts.push(`${f?.label ?? key}：${f?.type === 'bool' ? (value === 'true' ? '是' : value === 'false' ? '否' : value) : value}`);
  }
  if (q.q) parts.push(`搜索“${q.q}”`);
  if (q.deadline) parts.push(`期限：${DEADLINE_FILTER_LABEL[q.deadline]}`);
  return parts.length > 0 ? parts.join('；') : '无（全部记录）';
}

export async function exportRegisterRecords(o: ExportRecordsOptions): Promise<RecordExport> {
  const { sheet, query } = o;
  if (query.unmasked) assertMayUnmask(o.viewer, sheet);
  else assertMayRead(o.viewer, sheet);
  const recordQuery = recordQueryOf(sheet, o.scope, o.viewer, { ...query, voided: 'exclude' });
  const batchSize = o.batchSize ?? EXPORT_BATCH;
  const derived = Object.entries(sheet.derivedLabels ?? {});

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'jixiao';
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...sheet.fields.map((f) => ({ key: f.key, width: widthOf(f), style: f.type === 'date' ? { numFmt: DATE_FORMAT } : f.type === 'money' ? { numFmt: '#,##0.00' } : f.type === 'text' ? { numFmt: '@' } : {} })),
    ...derived.map(([key, label]) => ({ key: `derived.${key}`, width: Math.max(14, [...label.zh].length * 2 + 4), style: key.endsWith('Due') ? { numFmt: DATE_FORMAT } : {} })),
  ];
  const header = ws.addRow(guardRow([...templateHeaders(sheet), ...derived.map(([, label]) => label.zh)]));
  header.height = 20;
  header.eachCell((cell, column) => {
    cell.font = { name: '宋体', bold: true, ...(column > sheet.fields.length ? { color: { argb: 'FF595959' } } : {}) };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column > sheet.fields.length ? 'FFF2F2F2' : 'FFD9E1F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  const ids: number[] = [];
  const sealedIds: number[] = [];
  await o.db.transaction(
    async (tx) => {
      let cursor: RecordCursor | null = null;
      for (;;) {
        const rows = await listRecordsAfter(tx, sheet, recordQuery, cursor, batchSize);
        for (const row of rows) {
          const view = viewOf(sheet, row, o.cipher, { unmask: query.unmasked, asOf: query.asOf });
          ws.addRow(guardRow([...sheet.fields.map((f) => cellOf(f, view.values[f.key])), ...derived.map(([key]) => cellOf(null, view.derived[key]))])).commit();
          ids.push(view.id);
          if (view.sealed) sealedIds.push(view.id);
        }
        if (rows.length < batchSize) break;
        const last = rows[rows.length - 1]!;
        cursor = { date: String(last[sheet.dateKey]), id: last.id };
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const lastColumn = ws.getColumn(sheet.fields.length + derived.length).letter;
  ws.autoFilter = `A1:${lastColumn}${ids.length + 1}`;
  ws.commit();

  const about = workbook.addWorksheet('导出说明');
  about.columns = [{ width: 16 }, { width: 80 }];
  const lines: Array<[string, string]> = [
    ['单位', `${o.scope.rootUnit.name}（${o.scope.rootUnit.code}）`],
    ['台账', sheet.name],
    ['筛选条件', describeFilters(sheet, query)],
    ['记录数', String(ids.length)],
    ['个人信息', query.unmasked ? '完整显示（已记入审计日志）：请按个人信息保护法妥善保管，不得扩散' : '已脱敏（姓名、身份证号、电话等只显示部分）'],
    ...(derived.length > 0 ? [['期限计算日期', query.asOf] as [string, string]] : []),
    ['导出人', o.actor.name],
    ['说明', `第 1 张工作表的列与${sheet.name}导入模板相同，修改后可按模板导入（导入会新增记录；灰色表头的期限列由系统计算，导入时忽略；脱敏的个人信息不能导入）`],
  ];
  for (const [label, text] of lines) {
    const row = about.addRow(guardRow([label, text]));
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  about.commit();
  await workbook.commit();

  // the file leaves the system: a full read of personal data, or sealed records (社区矫正法 Art.54) in it, is audited
  const filters = describeFilters(sheet, query);
  if (query.unmasked && ids.length > 0) {
    await o.db.transaction((tx) => auditUnmaskedRead(tx, { actor: o.actor, scope: o.scope, sheet, view: 'export', entityId: idRanges(ids), count: ids.length, extra: { filters, sealed: sealedIds.length } }));
  } else if (sealedIds.length > 0) {
    await o.db.transaction((tx) => auditSealedRead(tx, { actor: o.actor, scope: o.scope, sheet, view: 'export', entityId: idRanges(sealedIds), count: sealedIds.length, extra: { filters } }));
  }
  return { fileName: exportFileName(sheet, query), bytes: Buffer.concat(chunks), count: ids.length };
}
