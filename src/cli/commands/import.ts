import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { cliActor } from '../../app/actor.js';
import { formatWanYuan, yuanToFen } from '../../core/money.js';
import type { TGoalBook } from '../../contract/goal-book.js';
import type { TImportedEvaluation } from '../../contract/imported-evaluation.js';
import { parseYear, printJson, withDatabase } from '../context.js';

function describe(book: TGoalBook): string {
  const indicators = book.projects.reduce((n, p) => n + p.indicators.length, 0);
  const total = book.projects.reduce((n, p) => n + yuanToFen(p.budget.total), 0);
  return `${book.unit.name}（${book.unit.code}）${book.year}年度：${book.projects.length} 个项目，${indicators} 个指标，预算合计 ${formatWanYuan(total)}`;
}

function describeEvaluation(e: TImportedEvaluation): string {
  const indicators = e.projects.reduce((n, p) => n + p.indicators.length, 0);
  return `${e.unit.name}（${e.unit.code || '无编码'}）${e.year}年度绩效自评表：${e.projects.length} 个项目，${indicators} 个指标`;
}

/** A 自评表: printed (--dry-run) or kept as the unit-year's imported evaluation history. */
async function importEvaluationFile(evaluation: TImportedEvaluation, file: string, opts: { dryRun?: boolean; json?: boolean }): Promise<void> {
  if (opts.dryRun) {
    if (opts.json) printJson(evaluation);
    else {
      console.log(describeEvaluation(evaluation));
      for (const w of evaluation.warnings) console.log(`  提示 ${w.location}：${w.message}`);
    }
    return;
  }
  const { storeImportedEvaluation } = await import('../../app/evaluation/imported-evaluation.js');
  const result = await withDatabase(`import ${path.basename(file)}`, ({ db }) => storeImportedEvaluation({ db, evaluation, sourceName: path.basename(file), actor: cliActor() }));
  if (opts.json) {
    printJson({ kind: 'evaluation', status: result.status, unit: result.unit, year: evaluation.year, warnings: evaluation.warnings });
    return;
  }
  console.log(`${result.status === 'unchanged' ? '无变化' : '已保存为历史自评'}：${describeEvaluation({ ...evaluation, unit: result.unit })}`);
  for (const w of evaluation.warnings) console.log(`  提示 ${w.location}：${w.message}`);
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('导入绩效目标文档或绩效自评表（.txt 提取文本 / .docx / .xlsx / .json）；自评表保存为该单位该年度的历史自评')
    .argument('<file>', '绩效目标文档')
    .option('--dry-run', '只解析并显示结果，不保存')
    .option('--json', '以 JSON 输出（交换格式）')
    .option('--year <year>', '预算年度（文档未写明时使用）')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean; year?: string }) => {
      const { readImportDocument } = await import('../../documents/read-import-document.js');
      const { importGoalBook } = await import('../../app/goal-book/import-goal-book.js');
      const bytes = await readFile(file);
      const read = await readImportDocument(bytes, { fileName: path.basename(file), ...(opts.year ? { year: parseYear(opts.year) } : {}) });
      if (read.kind === 'evaluation') {
        await importEvaluationFile(read.evaluation, file, opts);
        return;
      }
      const book = read.book;
      if (opts.dryRun) {
        if (opts.json) printJson(book);
        else {
          console.log(describe(book));
          for (const w of book.warnings) console.log(`  提示 ${w.location}：${w.message}`);
        }
        return;
      }
      const result = await withDatabase(`import ${path.basename(file)}`, ({ db }) => importGoalBook({ db, book, actor: cliActor() }));
      if (opts.json) {
        printJson({ status: result.status, unit: result.unit, year: result.year, revision: result.revision, summary: result.diff.summary, counts: result.diff.counts, warnings: book.warnings });
        return;
      }
      const verb = { created: '已导入', updated: '已更新', unchanged: '无变化' }[result.status];
      console.log(`${verb}：${describe(book)}`);
      if (result.status === 'updated') console.log(`  第 ${result.revision} 次修订：${result.diff.summary}`);
      for (const w of book.warnings) console.log(`  提示 ${w.location}：${w.message}`);
      const { reviewGoalBook } = await import('../../core/review/index.js');
      const findings = reviewGoalBook(book);
      const count = (s: string) => findings.filter((f) => f.severity === s).length;
      if (findings.length > 0) {
        console.log(`  目标审核：错误 ${count('error')} 条，警告 ${count('warning')} 条，建议 ${count('suggestion')} 条（详见 npx jixiao review --unit ${book.unit.code} --year ${book.year}）`);
      }
    });
}
