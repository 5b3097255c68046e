import type { TDrill } from '../../contract/api/registers-api.js';
import type { TUnitScope } from '../../core/access/scope.js';
import { can } from '../../core/access/permissions.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listPayments, listSpendingProjects } from '../../repositories/spending.repository.js';
import type { RegisterViewer } from '../../registers/framework/access.js';
import { computeMetricValues, metricKey } from './metric-catalog.js';

/** The payment columns a ledger drill-down lists, in the order the spending pages show them. */
const LEDGER_COLUMNS = [
  { key: 'paidOn', label: '支付日期', labelEn: 'Paid on' },
  { key: 'voucherNo', label: '凭证号', labelEn: 'Voucher no.' },
  { key: 'projectCode', label: '项目编码', labelEn: 'Project code' },
  { key: 'projectName', label: '项目名称', labelEn: 'Project name' },
  { key: 'amount', label: '金额（元）', labelEn: 'Amount (yuan)' },
  { key: 'payee', label: '收款方', labelEn: 'Payee' },
  { key: 'summary', label: '摘要', labelEn: 'Summary' },
];

/**
 * The payments behind a ledger-bound indicator (spending.budget-control): the active payments of the
 * bound project (or of every project of the unit) paid from 1 January to the as-of date — exactly the
 * payments the figure sums. The figure and the page are read in one REPEATABLE READ snapshot, so the
 * listed sum and `ledger.spent` cannot disagree while payments are being written. Payments are the
 * root unit's own (its projects); a reader without `spending.read` gets the figure, no payments.
 */
export async function drillLedger(o: {
  db: Db;
  scope: TUnitScope;
  year: number;
  asOf: string;
  viewer: RegisterViewer;
  indicator: TDrill['indicator'];
  binding: { metric: string; filter: Record<string, string> | null };
  paging: { page: number; pageSize: number | null };
}): Promise<TDrill> {
  const recordAccess = o.viewer.subject === null || can(o.viewer.subject.role, 'spending.read');
  const { pageSize } = o.paging;
  const offset = pageSize === null ? 0 : (o.paging.page - 1) * pageSize;
  const { value, projects, page } = await o.db.transaction(
    async (tx) => {
      const values = await computeMetricValues(tx, { scope: o.scope, year: o.year, asOf: o.asOf, wanted: [o.binding] });
      const value = values.get(metricKey(o.binding.metric, o.binding.filter))!;
      const projects = await listSpendingProjects(tx, o.scope.rootUnit.id, o.year);
      const code = o.binding.filter?.project;
      const project = code === undefined ? undefined : projects.find((p) => p.code === code);
      // A filter naming a project the year no longer has sums nothing; list nothing.
      if (!recordAccess || (code !== undefined && !project)) return { value, projects, page: { rows: [], total: 0 } };
      const page = await listPayments(tx, {
        unitId: o.scope.rootUnit.id,
        year: o.year,
        projectId: project?.id,
        to: o.asOf,
        status: 'active',
        limit: pageSize ?? 2_147_483_647,
        offset,
        order: 'oldest',
      });
      return { value, projects, page };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const byId = new Map(projects.map((p) => [p.id, p]));
  return {
    indicator: o.indicator,
    metric: value.metric,
    metricName: value.name,
    kind: value.kind,
    unit: value.unit,
    sheet: { kind: 'ledger', id: 'payment', name: '支付台账', nameEn: 'Payment ledger' },
    filter: o.binding.filter,
    actual: value.value,
    numerator: null,
    denominator: null,
    sumField: 'amount',
    columns: LEDGER_COLUMNS,
    recordAccess,
    records: page.rows.map((row) => ({
      id: row.id,
      sealed: false,
      voided: null,
      values: {
        paidOn: row.paidOn,
        voucherNo: row.voucherNo,
        projectCode: byId.get(row.projectId)?.code ?? '',
        projectName: byId.get(row.projectId)?.name ?? '',
        amount: fenToYuan(row.amountFen),
        payee: row.payee,
        summary: row.summary,
      },
      derived: {},
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
    total: page.total,
    page: pageSize === null ? 1 : o.paging.page,
    pageSize,
    hidden: 0,
    sealed: { records: 0, inNumerator: null },
    ledger: value.ledger ?? null,
  };
}
