import { Option, type Command } from 'commander';
import { cliActor } from '../../app/actor.js';
import { ROLES, ROLE_LABEL, type TRole } from '../../core/access/permissions.js';
import { DATA_SCOPES, DATA_SCOPE_LABEL, type TDataScope } from '../../core/access/scope.js';
import { withDatabase } from '../context.js';

export function registerUser(program: Command): void {
  const user = program.command('user').description('账号管理');
  user
    .command('add')
    .description('新增账号（首个系统管理员也用它创建）')
    .addOption(new Option('--role <role>', `角色：${ROLES.map((r) => `${r}（${ROLE_LABEL[r]}）`).join('、')}`).choices([...ROLES]).makeOptionMandatory())
    .requiredOption('--username <name>', '登录用户名')
    .requiredOption('--name <displayName>', '姓名')
    .option('--unit <code>', '所属单位编码（系统管理员可不填）')
    .option('--password <password>', '密码（不填则生成一个随机强密码并显示一次）')
    .option('--sections <kinds>', '业务科室负责的台账，逗号分隔，如 legal-aid,survey')
    .option('--office <name>', '司法所用户所属司法所')
    .option('--grant <codes>', '额外授权查看的单位编码，逗号分隔（财政审核）')
    .addOption(new Option('--data-scope <rule>', `数据权限：${DATA_SCOPES.map((d) => `${d}（${DATA_SCOPE_LABEL[d]}）`).join('、')}；默认按角色`).choices([...DATA_SCOPES]))
    .action(async (opts: { dataScope?: TDataScope; role: TRole; username: string; name: string; unit?: string; password?: string; sections?: string; office?: string; grant?: string }) => {
      const { createUser, generatePassword } = await import('../../app/auth/create-user.js');
      const password = opts.password ?? process.env.JIXIAO_NEW_PASSWORD ?? generatePassword();
      const split = (s?: string) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);
      await withDatabase('user add', ({ db }) =>
        createUser({
          db,
          actor: cliActor(),
          username: opts.username,
          displayName: opts.name,
          password,
          role: opts.role,
          unitCode: opts.unit ?? null,
          sections: split(opts.sections),
          office: opts.office ?? null,
          grantedUnitCodes: split(opts.grant),
          dataScope: opts.dataScope,
        }),
      );
      console.log(`已创建账号 ${opts.username}（${ROLE_LABEL[opts.role]}）`);
      if (!opts.password && !process.env.JIXIAO_NEW_PASSWORD) console.log(`初始密码：${password}（只显示这一次，请妥善转交）`);
    });
}
