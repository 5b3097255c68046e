import type { Command } from 'commander';
import { cliActor } from '../../app/actor.js';
import { printJson, withDatabase } from '../context.js';

/** `jixiao unit add|list` and `jixiao office add`: the unit tree and each unit's 司法所. */
export function registerUnit(program: Command): void {
  const unit = program.command('unit').description('单位管理（单位树：主管部门 → 下属单位）');
  unit
    .command('add')
    .description('新增单位')
    .requiredOption('--code <code>', '单位编码')
    .requiredOption('--name <name>', '单位名称')
    .option('--parent <code>', '上级单位编码')
    .action(async (opts: { code: string; name: string; parent?: string }) => {
      const { addUnit } = await import('../../app/units/manage-units.js');
      const row = await withDatabase('unit add', ({ db }) => addUnit({ db, actor: cliActor(), code: opts.code, name: opts.name, parentCode: opts.parent ?? null }));
      console.log(`已新增单位 ${row.name}（${row.code}）${opts.parent ? `，上级单位 ${opts.parent}` : ''}`);
    });
  unit
    .command('list')
    .description('列出单位树，每个单位及其上级单位和司法所')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }) => {
      const { listUnitTree } = await import('../../app/units/list-units.js');
      const tree = await withDatabase('unit list', ({ db }) => listUnitTree({ db, subject: null }));
      if (opts.json) {
        printJson(tree);
        return;
      }
      for (const u of tree) {
        console.log(`${'  '.repeat(u.depth)}${u.code} ${u.name}${u.offices.length > 0 ? `  司法所：${u.offices.join('、')}` : ''}`);
      }
    });

  const office = program.command('office').description('司法所管理（每个单位的司法所名单）');
  office
    .command('add')
    .description('为单位新增一个司法所')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--name <name>', '司法所名称')
    .action(async (opts: { unit: string; name: string }) => {
      const [{ addUnitOffice }, { cliScope }] = await Promise.all([import('../../app/units/manage-units.js'), import('../../app/units/resolve-scope.js')]);
      await withDatabase('office add', async ({ db }) => addUnitOffice({ db, actor: cliActor(), scope: await cliScope(db, opts.unit), name: opts.name }));
      console.log(`已为单位 ${opts.unit} 新增司法所“${opts.name}”`);
    });
}
