import type { Command } from 'commander';
import { printJson, withDatabase } from '../context.js';

const DIRECTION = { higher: '越高越好', lower: '越低越好', qualitative: '定性' } as const;

export function registerLibrary(program: Command): void {
  const library = program.command('library').description('指标库：可复用的三级指标（定义、统计口径、计量单位、方向、取数口径）');
  library
    .command('list')
    .description('列出指标库')
    .option('--unit <code>', '按此单位（及其数据范围）统计使用次数', '')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; json?: boolean }) => {
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { listLibraryEntries } = await import('../../app/library/list-library.js');
      const entries = await withDatabase('library list', async ({ db }) => listLibraryEntries({ db, unitIds: opts.unit ? (await cliScope(db, opts.unit)).unitIds : [] }));
      if (opts.json) return printJson(entries);
      for (const e of entries) {
        console.log(
          `#${e.id} ${e.name}（${e.level1}/${e.level2}）单位 ${e.unitOfMeasure || '—'}，${DIRECTION[e.direction]}${e.metric ? `，取数 ${e.metric}` : ''}${opts.unit ? `，使用 ${e.uses} 次` : ''}`,
        );
        if (e.counted) console.log(`    计入：${e.counted}`);
        if (e.excluded) console.log(`    不计：${e.excluded}`);
      }
    });
}
