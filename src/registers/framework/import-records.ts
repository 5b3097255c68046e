import type { Executor } from '../../db/client.js';
import type { TUnitScope } from '../../core/access/scope.js';
import { recordAudit } from '../../app/audit/record-audit.js';
import { describeLocation, describeLocationEn, DomainError, type DocumentLocation, type LocalizedText } from '../../core/errors.js';
import { assertMayImport, officeProblem, withOwnOffice, type RegisterViewer } from './access.js';
import { loadMasterLists, masterDataProblems, type MasterLists } from './master-data.js';
import type { RecordValues, SheetDef } from './define.js';
import type { FieldDef } from './fields.js';
import { numericIdNumberProblem, readTableFile, type TableFile } from './read-table-file.js';
import { insertRecords } from './record.repository.js';
import { maskedValues, toColumns } from './records.js';
import { problemOf, validateRecord, type Problem } from './validate.js';
import type { RecordContext } from './context.js';

/**
 * Bulk entry from the downloadable template (.xlsx or .csv with Chinese headers): columns are found by
 * their header, every row is validated like a form, and every problem is reported with its row and
 * column. All or nothing: one bad row and nothing is stored.
 */

export interface ImportProblem {
  row: number;
  /** the column's header as the file writes it (Chinese: the template's) */
  column: string | null;
  message: string;
  messageEn: string;
}

export interface ImportPreview {
  sheet: string;
  rows: number;
  problems: ImportProblem[];
  /** the first rows as they would be stored, personal fields masked */
  sample: RecordValues[];
}

/** A problem at a place in the file, worded in both languages (the place too). */
const at = (loc: DocumentLocation, text: LocalizedText) => ({ message: `${describeLocation(loc)}：${text.zh}`, messageEn: `${describeLocationEn(loc)}: ${text.en}` });

const normalizeHeader = (h: string) => h.normalize('NFKC').replace(/[*\s]/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * Header → field, by the Chinese label (with or without the required-star) or the field key. The
 * derived columns an export adds (legal deadlines) are computed, not typed: they are skipped.
 */
function mapHeaders(sheet: SheetDef, file: TableFile, problems: ImportProblem[]): Array<FieldDef | null> {
  const byName = new Map<string, FieldDef>();
  for (const f of sheet.fields) {
    byName.set(normalizeHeader(f.label), f);
    byName.set(f.key, f);
  }
  const derived = new Set(Object.values(sheet.derivedLabels ?? {}).map((l) => normalizeHeader(l.zh)));
  const seen = new Set<string>();
  const mapped = file.headers.map((h, i) => {
    if (h === '' || derived.has(normalizeHeader(h))) return null;
    const f = byName.get(normalizeHeader(h));
    const where: DocumentLocation = { ...(file.sheetName ? { sheet: file.sheetName } : {}), row: 1, column: i + 1 };
    if (!f) {
      problems.push({
        row: 1,
        column: h,
        // the columns are named as the template writes them (Chinese): those are what the file must hold
        ...at(where, { zh: `无法识别的列“${h}”，${sheet.name}的列有：${sheet.fields.map((x) => x.label).join('、')}`, en: `unknown column “${h}”; the columns of ${sheet.nameEn} are: ${sheet.fields.map((x) => `${x.label} (${x.labelEn})`).join(', ')}` }),
      });
      return null;
    }
    if (seen.has(f.key)) problems.push({ row: 1, column: h, ...at(where, { zh: `列“${h}”重复`, en: `column “${h}” appears twice` }) });
    seen.add(f.key);
    return f;
  });
  for (const f of sheet.fields) if (f.required && !seen.has(f.key)) problems.push({ row: 1, column: f.label, message: `缺少必填列“${f.label}”`, messageEn: `The required column “${f.label}” (${f.labelEn}) is missing` });
  return mapped;
}

/** A masked value from an export (张**, 110105********002X): storing it would lose the person's data for good. */
function maskedValueProblem(cell: unknown): LocalizedText | null {
  return typeof cell === 'string' && cell.includes('*')
    ? { zh: '是脱敏后的值（含 *），不能导入：请填写完整信息，或导出时选择“显示完整个人信息”', en: 'is a masked value (with *) and cannot be imported: fill in the full value, or export with personal data shown in full' }
    : null;
}

const MAX_PROBLEMS = 200;

async function check(o: { sheet: SheetDef; viewer: RegisterViewer; bytes: Uint8Array; lists: MasterLists | null }): Promise<{ values: RecordValues[]; problems: ImportProblem[] }> {
  const file = await readTableFile(o.bytes);
  const problems: ImportProblem[] = [];
  const columns = mapHeaders(o.sheet, file, problems);
  if (problems.length > 0) return { values: [], problems };
  if (file.rows.length === 0) throw new DomainError('DOCUMENT_EMPTY', { zh: `文件中没有数据行：第 1 行是列名，记录从第 2 行写起`, en: `The file has no data rows: row 1 holds the column names, records start at row 2` });
  const values: RecordValues[] = [];
  for (const row of file.rows) {
    const input: Record<string, unknown> = {};
    const cellProblems: Problem[] = [];
    columns.forEach((f, i) => {
      if (!f) return;
      const mangled = (f.personal === 'idNumber' ? numericIdNumberProblem(row.cells[i]) : null) ?? (f.personal ? maskedValueProblem(row.cells[i]) : null);
      if (mangled) cellProblems.push({ key: f.key, message: `${f.label}${mangled.zh}`, messageEn: `${f.labelEn} ${mangled.en}` });
      else input[f.key] = row.cells[i] ?? null;
    });
    const validated = validateRecord(o.sheet, withOwnOffice(o.viewer, input));
    const record = validated.values;
    const rowProblems = [...cellProblems, ...validated.problems.filter((p) => !cellProblems.some((c) => c.key === p.key))];
    if (rowProblems.length === 0) {
      const office = officeProblem(o.viewer, record);
      if (office) rowProblems.push(problemOf(office));
      if (o.lists) rowProblems.push(...masterDataProblems(o.sheet, record, o.lists).map(problemOf));
    }
    for (const p of rowProblems) {
      const index = p.key ? columns.findIndex((f) => f?.key === p.key) : -1;
      const f = index >= 0 ? columns[index]! : null;
      const where: DocumentLocation = { ...(file.sheetName ? { sheet: file.sheetName } : {}), row: row.number, ...(index >= 0 ? { column: index + 1 } : {}) };
      problems.push({
        row: row.number,
        column: f?.label ?? null,
        message: `${describeLocation({ ...where, ...(f ? { field: f.label } : {}) })}：${p.message}`,
        messageEn: `${describeLocationEn({ ...where, ...(f ? { field: f.labelEn } : {}) })}: ${p.messageEn}`,
      });
    }
    if (problems.length >= MAX_PROBLEMS) break;
    values.push(record);
  }
  return { values, problems };
}

export async function previewRegisterImport(o: { sheet: SheetDef; viewer: RegisterViewer; bytes: Uint8Array; db?: Executor; scope?: TUnitScope }): Promise<ImportPreview> {
  assertMayImport(o.viewer, o.sheet);
  const lists = o.db && o.scope ? await loadMasterLists(o.db, o.scope.rootUnit.id) : null;
  const { values, problems } = await check({ ...o, lists });
  return { sheet: o.sheet.name, rows: values.length, problems, sample: values.slice(0, 20).map((v) => maskedValues(o.sheet, v)) };
}

export async function importRegisterRecords(o: RecordContext & { bytes: Uint8Array; fileName?: string }): Promise<{ imported: number }> {
  assertMayImport(o.viewer, o.sheet);
  const { values, problems } = await check({ ...o, lists: await loadMasterLists(o.db, o.scope.rootUnit.id) });
  if (problems.length > 0) {
    const shown = problems.slice(0, 10);
    const more = problems.length - shown.length;
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        zh: `${o.sheet.name}导入失败，没有保存任何记录。${shown.map((p) => p.message).join('；')}${more > 0 ? `；另有 ${more} 处问题` : ''}`,
        en: `${o.sheet.nameEn}: import failed, nothing was saved. ${shown.map((p) => p.messageEn).join('; ')}${more > 0 ? `; ${more} more problems` : ''}`,
      },
      { problems },
    );
  }
  return o.db.transaction(async (tx) => {
    const ids = await insertRecords(
      tx,
      o.sheet,
      values.map((v) => ({ ...toColumns(o.sheet, v, o.cipher), unitId: o.scope.rootUnit.id, createdBy: o.actor.userId })),
    );
    await recordAudit(tx, {
      actor: o.actor,
      unitId: o.scope.rootUnit.id,
      action: 'register.import',
      entity: `register:${o.sheet.kind}/${o.sheet.id}`,
      entityId: ids.length > 0 ? `${ids[0]}-${ids[ids.length - 1]}` : null,
      after: { file: o.fileName ?? null, imported: ids.length },
    });
    return { imported: ids.length };
  });
}
