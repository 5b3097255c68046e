import type { TIndicatorValueView } from '../../contract/api/registers-api.js';
import type { TAccessSubject, TUnitNode, TUnitScope } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import type { TAssessment } from '../../core/indicator-progress.js';
import type { Db } from '../../db/client.js';
import { findUnitByCode, findUnitById } from '../../repositories/goal-book.repository.js';
import { findIndicatorValueById } from '../../repositories/indicator-tracking.repository.js';
import { findUserByUsername } from '../../repositories/user.repository.js';
import type { Actor } from '../actor.js';
import { subjectOf, toAuthUser } from '../auth/auth-user.js';
import { findIndicatorId } from './drill-indicator.js';
import { decideIndicatorValue, enterIndicatorValue } from './indicator-values.js';
import { resolveScope } from '../units/resolve-scope.js';

/**
 * The command line's way into the value workflow (`jixiao value set|approve … --by USERNAME`): the
 * named account acts — its role gives the workflow rights, its unit scope and business lines apply as
 * on the web, and four-eyes compares accounts — so a value entered with `--by caiwu` cannot be
 * approved `--by caiwu`.
 */

/** The account named by --by, and its scope under the unit (refused as on the web when it may not act there). */
async function accountFor(db: Db, username: string, unit: TUnitNode): Promise<{ actor: Actor; subject: TAccessSubject; scope: TUnitScope }> {
  const user = await findUserByUsername(db, username);
  if (!user || user.disabled) throw new DomainError('NOT_FOUND', { zh: `没有名为 ${username} 的可用账号（--by）`, en: `No active account named ${username} (--by)` });
  const subject = subjectOf(await toAuthUser(db, user));
  const scope = await resolveScope({ db, subject, unitCode: unit.code }).catch(() => {
    throw new DomainError('FORBIDDEN', { zh: `账号 ${username} 无权访问单位 ${unit.name}（${unit.code}）的数据`, en: `Account ${username} may not act on unit ${unit.code}` });
  });
  return { actor: { userId: user.id, name: user.username, ip: 'local' }, subject, scope };
}

export const BANDS: Record<string, TAssessment> = { achieved: '达成', partial: '部分达成', 'not-achieved': '未达成', 达成: '达成', 部分达成: '部分达成', 未达成: '未达成' };

/** Enter and submit a value or an assessment as the named account. */
export async function setIndicatorValueAs(o: {
  db: Db;
  unitCode: string;
  year: number;
  projectCode: string | null;
  indicator: string;
  by: string;
  asOf: string;
  value?: { value: number; unit: string | null } | undefined;
  band?: TAssessment | undefined;
  reason?: string | undefined;
}): Promise<TIndicatorValueView> {
  const unit = await findUnitByCode(o.db, o.unitCode);
  if (!unit) throw new DomainError('NOT_FOUND', { zh: `没有编码为 ${o.unitCode} 的单位`, en: `No unit ${o.unitCode}` });
  const { actor, subject, scope } = await accountFor(o.db, o.by, unit);
  const indicatorId = await findIndicatorId(o.db, unit, o.year, o.projectCode, o.indicator);
  return enterIndicatorValue({
    db: o.db,
    scope,
    year: o.year,
    actor,
    subject,
    indicatorId,
    input: { asOf: o.asOf, value: o.value?.value ?? null, unit: o.value?.unit ?? null, assessment: o.band ?? null, reason: o.reason ?? null },
    submit: true,
  });
}

/** Approve a submitted value as the named account (someone other than its author, with the right). */
export async function approveIndicatorValueAs(o: { db: Db; valueId: number; by: string }): Promise<TIndicatorValueView & { unitCode: string }> {
  const row = await findIndicatorValueById(o.db, o.valueId);
  if (!row) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.valueId} 的指标完成值`, en: `No indicator value ${o.valueId}` });
  const unit = (await findUnitById(o.db, row.unitId))!;
  const { actor, subject, scope } = await accountFor(o.db, o.by, unit);
  return { ...(await decideIndicatorValue({ db: o.db, scope, actor, subject, valueId: o.valueId, decision: 'approve' })), unitCode: unit.code };
}
