import { DomainError } from '../../core/errors.js';
import type { Executor } from '../../db/client.js';
import { findPayment, type PaymentRow } from '../../repositories/spending.repository.js';
import type { SpendingYear } from './spending-year.js';

/** A payment of the spendingYear's unit and year by id (404 in Chinese otherwise, whatever other units hold). */
export async function findPaymentRow(exec: Executor, spendingYear: SpendingYear, id: number): Promise<PaymentRow> {
  const row = await findPayment(exec, spendingYear.unit.id, spendingYear.year, id);
  if (!row) throw new DomainError('NOT_FOUND', { zh: `${spendingYear.unit.name} ${spendingYear.year} 年度没有编号为 ${id} 的支付记录：它可能不存在，或属于其他年度`, en: `${spendingYear.unit.name} has no payment ${id} in ${spendingYear.year}: it may not exist, or belong to another year` });
  return row;
}
