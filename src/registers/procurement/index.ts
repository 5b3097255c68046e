import { sql } from 'drizzle-orm';
import { defineRegister, defineSheet, type FieldProblem, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { procurementPlans, procurementPurchases } from './schema.js';

/** 装备购置: purchases (item, quantity, acceptance 合格, in use) and the year's purchase plan. */

export const EQUIPMENT_CATEGORIES = ['办公家具', '办公设备', '执法执勤装备', '信息化设备', '车辆', '其他'] as const;

function purchaseRules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (r.acceptance !== '待验收' && r.acceptedOn === null) out.push({ key: 'acceptedOn', message: { zh: '已验收的须填写验收日期', en: 'an inspected purchase needs its acceptance date' } });
  if (r.acceptance === '待验收' && r.acceptedOn !== null) out.push({ key: 'acceptance', message: { zh: '填写了验收日期的，验收结果不能是“待验收”', en: 'with an acceptance date, the result cannot be “待验收” (awaiting inspection)' } });
  if (typeof r.acceptedOn === 'string' && typeof r.purchasedOn === 'string' && r.acceptedOn < r.purchasedOn) out.push({ key: 'acceptedOn', message: { zh: '验收日期不能早于购置日期', en: 'the acceptance date cannot be before the purchase date' } });
  if (r.inUse === true && r.acceptance !== '合格') out.push({ key: 'inUse', message: { zh: '未验收合格的设备不能投入使用', en: 'equipment not accepted as 合格 (passed) cannot be in use' } });
  return out;
}

export const purchasesSheet = defineSheet({
  kind: 'procurement',
  id: 'purchases',
  name: '装备购置',
  nameEn: 'Equipment purchases',
  table: procurementPurchases,
  dateKey: 'purchasedOn',
  titleKey: 'item',
  fields: [
    field.text('item', { zh: '品名', en: 'Item' }, { required: true, search: true }),
    field.enum('category', { zh: '类别', en: 'Category' }, EQUIPMENT_CATEGORIES, { required: true }),
    field.int('quantity', { zh: '数量（台/件/辆/套）', en: 'Quantity (units)' }, { required: true, min: 1, max: 100_000 }),
    field.money('amount', { zh: '金额（元）', en: 'Amount (yuan)' }),
    field.text('supplier', { zh: '供应商', en: 'Supplier' }, { search: true }),
    field.bool('planned', { zh: '列入年度购置计划', en: 'In the annual purchase plan' }),
    field.date('purchasedOn', { zh: '购置日期', en: 'Purchased on' }, { required: true }),
    field.enum('acceptance', { zh: '验收结果', en: 'Acceptance result' }, ['待验收', '合格', '不合格'], { required: true }),
    field.date('acceptedOn', { zh: '验收日期', en: 'Accepted (inspection) on' }),
    field.bool('inUse', { zh: '在用', en: 'In use' }),
  ],
  check: purchaseRules,
});

export const plansSheet = defineSheet({
  kind: 'procurement',
  id: 'plans',
  name: '购置计划',
  nameEn: 'Purchase plan',
  table: procurementPlans,
  dateKey: 'plannedOn',
  titleKey: 'item',
  fields: [
    field.text('item', { zh: '品名', en: 'Item' }, { required: true, search: true }),
    field.enum('category', { zh: '类别', en: 'Category' }, EQUIPMENT_CATEGORIES, { required: true }),
    field.int('quantity', { zh: '计划数量', en: 'Planned quantity' }, { required: true, min: 1, max: 100_000 }),
    field.money('budget', { zh: '预算金额（元）', en: 'Budget amount (yuan)' }),
    field.date('plannedOn', { zh: '计划日期', en: 'Planned date' }, { required: true }),
    field.date('executedOn', { zh: '完成购置日期', en: 'Purchase completed on' }),
  ],
  check: (r) => (typeof r.executedOn === 'string' && typeof r.plannedOn === 'string' && r.executedOn < r.plannedOn ? [{ key: 'executedOn', message: { zh: '完成购置日期不能早于计划日期', en: 'the completion date cannot be before the planned date' } }] : []),
});

export default defineRegister({
  kind: 'procurement',
  name: '装备购置',
  sheets: [purchasesSheet, plansSheet],
  metrics: [
    { key: 'procurement.items-purchased', name: '办公家具和办公设备购置数量', kind: 'sum', unit: '台', description: '购置日期在当年 1 月 1 日至统计日之间的购置数量之和（台/件/辆/套）', sheet: purchasesSheet, sumKey: 'quantity' },
    {
      key: 'procurement.acceptance-rate',
      name: '购置质量合格率',
      kind: 'rate',
      unit: '%',
      description: '当年购置、统计日前已验收的购置项中验收合格的比例',
      sheet: purchasesSheet,
      where: (c, p) => sql`${c.acceptance!} <> '待验收' and ${c.acceptedOn!} <= ${p.end}`,
      numerator: (c) => sql`${c.acceptance!} = '合格'`,
    },
    {
      key: 'procurement.in-use-rate',
      name: '设备使用率',
      kind: 'rate',
      unit: '%',
      description: '当年购置、统计日前验收合格的购置项中目前在用的比例（在用状态按现状登记）',
      sheet: purchasesSheet,
      where: (c, p) => sql`${c.acceptance!} = '合格' and ${c.acceptedOn!} <= ${p.end}`,
      numerator: (c) => sql`${c.inUse!} is true`,
    },
    {
      key: 'procurement.plan-execution-rate',
      name: '购置计划执行率',
      kind: 'rate',
      unit: '%',
      description: '当年购置计划项中，统计日前已完成购置的比例',
      sheet: plansSheet,
      numerator: (c, p) => sql`${c.executedOn!} <= ${p.end}`,
    },
  ],
});
