import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { UsageError, parseYear, printJson, withDatabase } from '../context.js';

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('绩效目标审核：检查文档（不保存）或已保存的绩效目标')
    .argument('[file]', '要审核的绩效目标文档（不指定则审核已保存的）')
    .option('--unit <code>', '单位编码（审核已保存的绩效目标）')
    .option('--year <year>', '预算年度')
    .option('--json', '以 JSON 输出审核结果')
    .action(async (file: string | undefined, opts: { unit?: string; year?: string; json?: boolean }) => {
      const { reviewGoalBook, formatReviewReport } = await import('../../core/review/index.js');
      let book;
      if (file) {
        const { readGoalDocument } = await import('../../documents/read-goal-document.js');
        book = await readGoalDocument(await readFile(file), { fileName: path.basename(file), ...(opts.year ? { year: parseYear(opts.year) } : {}) });
      } else {
        if (!opts.unit || !opts.year) throw new UsageError('请指定要审核的文件，或用 --unit 和 --year 指定已保存的绩效目标');
        const [{ getGoalBook }, { cliScope }] = await Promise.all([import('../../app/goal-book/get-goal-book.js'), import('../../app/units/resolve-scope.js')]);
        const year = parseYear(opts.year);
        book = await withDatabase('review', async ({ db }) => getGoalBook({ db, scope: await cliScope(db, opts.unit!), year }));
      }
      const findings = reviewGoalBook(book);
      if (opts.json) printJson(findings);
      else console.log(formatReviewReport(book, findings));
    });
}
