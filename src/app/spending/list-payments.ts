import type { TUnitScope } from '../../core/access/scope.js';
import { z } from 'zod';
import { ZPaymentList, type TPaymentListQuery } from '../../contract/api/spending-api.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listPayments as queryPayments } from '../../repositories/spending.repository.js';
import { paymentView } from './payment-view.js';
import { loadSpendingYear, projectOf, requireProject } from './spending-year.js';

/** 支付明细: one page of a unit's payments for the year, filtered, newest first. */
export async function listPayments(options: { db: Db; scope: TUnitScope; year: number; query: TPaymentListQuery }): Promise<z.infer<typeof ZPaymentList>> {
  const { query } = options;
  const spendingYear = await loadSpendingYear(options.db, options.scope.rootUnit, options.year);
  const projectId = query.project ? requireProject(spendingYear, query.project).id : undefined;
  const result = await queryPayments(options.db, {
    unitId: spendingYear.unit.id,
    year: spendingYear.year,
    projectId,
    from: query.from,
    to: query.to,
    status: query.status,
    text: query.q || undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: result.rows.map((row) => paymentView(row, projectOf(spendingYear, row.projectId))),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
    activeAmount: fenToYuan(result.activeFen),
  };
}
