import { DomainError } from '../../core/errors.js';
import type { Executor } from '../../db/client.js';
import { findPayment, type PaymentRow } from '../../repositories/spending.repository.js';
import type { SpendingScope } from './spending-scope.js';

/** A payment of the scope's unit and year by id (404 in Chinese otherwise, whatever other units hold). */
export async function findPaymentRow(exec: Executor, scope: SpendingScope, id: number): Promise<PaymentRow> {
  const row = await findPayment(exec, scope.unit.id, scope.year, id);
  if (!row) throw new DomainError('NOT_FOUND', { zh: `${scope.unit.name} ${scope.year} 年度没有编号为 ${id} 的支付记录：它可能不存在，或属于其他年度`, en: `${scope.unit.name} has no payment ${id} in ${scope.year}: it may not exist, or belong to another year` });
  return row;
}
