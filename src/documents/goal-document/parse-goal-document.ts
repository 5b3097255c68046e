import type { TGoalBook, TIndicator, TProject } from '../../contract/goal-book.js';
import { DocumentError } from '../../core/errors.js';

import type { BlockDocument, ParagraphBlock, Row, TableBlock } from '../blocks.js';
import { locate, ParseContext } from './context.js';
import { regroupCellLines } from './cell-lines.js';
import { joinSplitLabels } from './split-labels.js';
import { LOST_STRUCTURE_ADVICE, runTogetherLabels } from './lost-structure.js';
import { filledOnYear, isShortLine, moneyUnitIn, unitIn, yearInHeading } from './document-facts.js';
import type { MoneyUnit } from '../../core/money.js';
import { DepartmentGoalsReader, departmentSectionOf } from './department-goals.js';
import { detectIndicatorHeader, readIndicatorRow, type IndicatorHeader } from './indicator-table.js';
import { finishProject, readProjectRow, rowStartsNewProject, startProjectDraft, type ProjectDraft } from './project-table.js';

export interface ParseOptions {
  /** the uploaded file's name; a year in it is the last resort for the budget year */
  fileName?: string;
  /** the budget year when the caller knows it; wins over anything inferred */
  year?: number;
}

const PART = /^第([一二三])部分/u;
const DEPARTMENT_INDICATOR_TITLE = /部门整体(?:支出)?绩效目标(?:申报)?表/u;
const PROJECT_TITLE = /^(?:\d+\s*[.、．]\s*)?(.*绩效目标(?:申报)?表)$/u;
const DOCUMENT_TITLE_YEAR = /(20\d{2})\s*年度?.*(?:绩效目标|预算)/u;
const DOCUMENT_TITLE_UNIT = /^(\d{6,})\s*([\u4e00-\u9fa5][^\s\d]*?)\s*20\d{2}\s*年/u;

type Mode = 'start' | 'department' | 'departmentIndicators' | 'projects';

/**
 * Blocks → goal book. Walks the document once: 第一部分 paragraphs feed the department goals, each
 * "N.…绩效目标表" title starts a project whose rows may span several tables, and a 部门整体支出绩效目标表
 * feeds the department's own indicators. Fails with a located DocumentError on anything it cannot read
 * safely; records a located warning for anything it read but the user should look at.
 */
export function parseGoalDocument(source: BlockDocument, options: ParseOptions = {}): TGoalBook {
  const doc = regroupCellLines(source);
  const ctx = new ParseContext();
  const department = new DepartmentGoalsReader();
  const departmentIndicators: TIndicator[] = [];
  const projects: { project: TProject; draft: ProjectDraft }[] = [];
  let mode: Mode = 'start';
  let draft: ProjectDraft | null = null;
  let pendingTitle: string | undefined;
  let titleYear: number | undefined;
  let titleUnit: { code: string; name: string } | undefined;
  /** units stated outside the project tables (paragraphs, key：value lines, titles), in document order */
  const paragraphUnits: { code: string; name: string; line?: number }[] = [];
  /** the money unit last stated outside a table; it applies to the projects that follow */
  let moneyUnit: MoneyUnit | undefined;
  let filledYear: number | undefined;
  let departmentHeader: IndicatorHeader | null = null;
  const departmentRowState = { level1: '', level2: '' };
  let paragraphsSeen = 0;
  const allText: string[] = [];
  /** lines whose table lost its cell boundaries: the part they belong to is skipped */
  const lost: { line?: number; title?: string; labels: string[] }[] = [];

  const closeDraft = () => {
    if (draft) projects.push({ project: finishProject(ctx, draft, draft.paragraphMoneyUnit), draft });
    draft = null;
  };

  const readDepartmentIndicatorRow = (table: TableBlock, row: Row, previous: Row | undefined) => {
    if (!departmentHeader) {
      departmentHeader = detectIndicatorHeader(row, previous);
      return;
    }
    const indicator = readIndicatorRow(ctx, table, '部门整体支出绩效目标表', row, departmentHeader, departmentRowState);
    if (indicator) departmentIndicators.push(indicator);
  };

  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (text === '') continue;
      allText.push(text);
      paragraphsSeen++;
      if (paragraphsSeen <= 6 && titleYear === undefined) {
        const y = DOCUMENT_TITLE_YEAR.exec(text);
        if (y) titleYear = Number(y[1]);
        const u = DOCUMENT_TITLE_UNIT.exec(text);
        if (u) titleUnit = { code: u[1]!, name: u[2]! };
      }
      if (isShortLine(text)) {
        titleYear ??= yearInHeading(text);
        filledYear ??= filledOnYear(text);
        const unit = unitIn(text);
        if (unit) paragraphUnits.push({ ...unit, ...(block.line !== undefined ? { line: block.line } : {}) });
        const money = moneyUnitIn(text);
        if (money) {
          moneyUnit = money;
          if (draft && !(draft as ProjectDraft).paragraphMoneyUnit) (draft as ProjectDraft).paragraphMoneyUnit = money;
        }
      }
      const runTogether = runTogetherLabels(text);
      if (runTogether) {
        const title = pendingTitle ?? (draft as ProjectDraft | null)?.title;
        // the same table's next lines belong to the same lost part
        if (lost.at(-1)?.title !== title || title === undefined) lost.push({ ...(block.line !== undefined ? { line: block.line } : {}), ...(title ? { title } : {}), labels: runTogether });
        pendingTitle = undefined;
        continue;
      }
      const part = PART.exec(text);
      if (part) {
        closeDraft();
        mode = part[1] === '一' ? 'department' : 'projects';
        department.leave();
        continue;
      }
      const section = departmentSectionOf(text);
      if (section && mode !== 'projects') {
        mode = 'department';
        department.enter(section);
        continue;
      }
      if (DEPARTMENT_INDICATOR_TITLE.test(text)) {
        closeDraft();
        department.leave();
        mode = 'departmentIndicators';
        departmentHeader = null;
        continue;
      }
      const title = PROJECT_TITLE.exec(text);
      if (title) {
        closeDraft();
        department.leave();
        mode = 'projects';
        pendingTitle = title[1]!.trim();
        continue;
      }
      if (mode === 'department' && department.active) department.add(block as ParagraphBlock);
      continue;
    }

    // a table
    const table = block;
    let previous: Row | undefined;
    for (const written of table.rows) {
      const row = joinSplitLabels(written);
      for (const c of row.cells) {
        if (!c.text) continue;
        allText.push(c.text);
        if (!isShortLine(c.text)) continue;
        // a table-top heading such as "（2023年度）" or "填报日期：…" in a cell
        if (row.number <= 2) titleYear ??= yearInHeading(c.text);
        filledYear ??= filledOnYear(c.text);
      }
      if (mode === 'departmentIndicators' || (mode === 'department' && !draft && departmentHeader === null && isIndicatorTable(table))) {
        mode = 'departmentIndicators';
        readDepartmentIndicatorRow(table, row, previous);
        previous = row;
        continue;
      }
      let inherited: ProjectDraft | null = null;
      if (draft && rowStartsNewProject(draft, row)) {
        inherited = draft;
        closeDraft();
      }
      if (!draft) {
        draft = startProjectDraft(pendingTitle, locate(table, pendingTitle, row), inherited);
        if (moneyUnit) draft.paragraphMoneyUnit = moneyUnit;
        pendingTitle = undefined;
        mode = 'projects';
      }
      readProjectRow(ctx, draft, table, row);
      previous = row;
    }
  }
  closeDraft();

  const goals = department.result();
  if (departmentIndicators.length > 0) goals.indicators = departmentIndicators;
  if (lost.length > 0 && projects.length === 0 && departmentIndicators.length === 0) {
    const first = lost[0]!;
    throw new DocumentError(first.line !== undefined ? { line: first.line } : {}, {
      zh: `表格的单元格边界已丢失（“${first.labels.join('”“')}”等表头和内容连成了一行），无法还原哪些文字属于哪个单元格，因此读不出一级/二级/三级指标、指标值和预算数${lost.length > 1 ? `（共 ${lost.length} 处）` : ''}。没有导入任何内容；${LOST_STRUCTURE_ADVICE.zh}`,
      en: `The table's cell boundaries are lost (headers such as “${first.labels.join('”, “')}” and the content run into one line), so which words belong to which cell cannot be recovered and no indicators, targets or budgets can be read${lost.length > 1 ? ` (${lost.length} places)` : ''}. Nothing was imported; ${LOST_STRUCTURE_ADVICE.en}`,
    });
  }
  for (const part of lost) {
    ctx.warn(part.line !== undefined ? { line: part.line } : {}, `${part.title ? `《${part.title}》` : '这部分'}的表格单元格边界已丢失（“${part.labels.join('”“')}”连成了一行），无法还原，已跳过；要导入这部分，${LOST_STRUCTURE_ADVICE.zh}`);
  }
  if (projects.length === 0 && goals.overall.length === 0 && goals.areas.length === 0 && departmentIndicators.length === 0) {
    throw new DocumentError({}, '没有识别到绩效目标内容：未找到“第一部分 部门整体绩效目标”或任何“项目编码/一级指标”表格。请确认上传的是绩效目标申报表', 'DOCUMENT_INVALID');
  }

  // one goal book is one unit: every project table must name the same unit
  let unit = titleUnit;
  for (const u of paragraphUnits) {
    if (!unit) unit = { code: u.code, name: u.name };
    else if (unit.code !== u.code) {
      ctx.fail(u.line !== undefined ? { line: u.line } : {}, `单位“${u.code}${u.name}”与前面写明的单位（${unit.code}${unit.name}）不一致，一份绩效目标只能属于一个单位`);
    }
  }
  for (const { draft: d } of projects) {
    if (!d.unit) continue;
    if (!unit) unit = { code: d.unit.code, name: d.unit.name };
    else if (unit.code !== d.unit.code) {
      ctx.fail(d.unit.loc, `单位“${d.unit.code}${d.unit.name}”与前面的表格（${unit.code}${unit.name}）不一致，一份绩效目标只能属于一个单位`);
    }
  }
  if (!unit) {
    throw new DocumentError({}, {
      zh: '无法确定预算单位：表格、段落和标题中都没有单位编码和名称（如“315002乐亭县司法局”“预算单位：[015001]某某局”“某某局(433001)”）',
      en: 'Cannot tell the budget unit: no unit code and name in any table, paragraph or title (such as “315002乐亭县司法局”, “预算单位：[015001]某某局” or “某某局(433001)”)',
    });
  }

  const codes = new Map<string, string>();
  for (const { project, draft: d } of projects) {
    const seen = codes.get(project.code);
    if (seen !== undefined) ctx.fail(d.code!.loc, `项目编码“${project.code}”重复（已在《${seen}》中出现）`);
    codes.set(project.code, d.title ?? project.name);
  }

  const year = decideYear(ctx, options, titleYear, allText, filledYear);
  return {
    unit,
    year,
    departmentGoals: goals,
    projects: projects.map((p) => p.project),
    warnings: ctx.warnings,
  };
}

function isIndicatorTable(table: TableBlock): boolean {
  const first = table.rows.slice(0, 2);
  return first.some((row, i) => detectIndicatorHeader(row, i > 0 ? first[i - 1] : undefined) !== null);
}

function decideYear(ctx: ParseContext, options: ParseOptions, titleYear: number | undefined, allText: string[], filledYear: number | undefined): number {
  if (options.year !== undefined) return options.year;
  if (titleYear !== undefined) return titleYear;
  if (filledYear !== undefined) {
    ctx.warn({}, `文档没有写明年度的标题，按填报日期推断为${filledYear}年度`);
    return filledYear;
  }
  const counts = new Map<number, number>();
  for (const text of allText) {
    for (const m of text.matchAll(/(20\d{2})\s*年/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (best) {
    ctx.warn({}, `文档没有写明年度的标题，按正文中出现最多的年份推断为${best[0]}年度`);
    return best[0];
  }
  const fromName = options.fileName ? /(?:^|\D)(20\d{2})(?:\D|$)/.exec(options.fileName) : null;
  if (fromName) {
    ctx.warn({}, `文档没有写明年度，按文件名推断为${fromName[1]}年度`);
    return Number(fromName[1]);
  }
  throw new DocumentError({}, '无法确定预算年度：文档中没有“20xx年度”标题，请指定年度（命令行用 --year）');
}

