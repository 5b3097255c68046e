import { sql } from 'drizzle-orm';
import { defineRegister, defineSheet, type FieldProblem, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { legalAffairs, printedDocuments, reconsiderations } from './schema.js';

/** 法治建设: administrative reconsideration, legal affairs assigned by the county government, documents. */

function reconsiderationRules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (typeof r.concludedOn === 'string' && typeof r.receivedOn === 'string' && r.concludedOn < r.receivedOn) out.push({ key: 'concludedOn', message: { zh: '结案日期不能早于收到申请日期', en: 'the closing date cannot be before the date the application was received' } });
  if ((r.concludedOn === null) !== (r.outcome === null)) out.push({ key: 'outcome', message: { zh: '结案日期和处理结果须同时填写', en: 'the closing date and the outcome go together' } });
  return out;
}

export const reconsiderationsSheet = defineSheet({
  kind: 'rule-of-law',
  id: 'reconsiderations',
  name: '行政复议案件',
  nameEn: 'Administrative reconsideration cases',
  table: reconsiderations,
  dateKey: 'receivedOn',
  titleKey: 'matter',
  fields: [
    field.text('caseNumber', { zh: '案号', en: 'Case number' }, { search: true }),
    field.personal('applicantName', { zh: '申请人', en: 'Applicant' }, 'name'),
    field.text('respondent', { zh: '被申请人', en: 'Respondent' }, { required: true, search: true }),
    field.text('matter', { zh: '复议事项', en: 'Reconsideration matter' }, { required: true, search: true }),
    field.date('receivedOn', { zh: '收到申请日期', en: 'Application received on' }, { required: true }),
    field.enum('admission', { zh: '受理情况', en: 'Admission' }, ['受理', '不予受理', '告知向有关机关申请'], { required: true }),
    field.date('concludedOn', { zh: '结案日期', en: 'Closed on' }),
    field.enum('outcome', { zh: '处理结果', en: 'Outcome' }, ['维持', '撤销', '变更', '确认违法', '责令履行', '驳回', '调解结案', '终止', '不予受理决定']),
  ],
  check: reconsiderationRules,
});

export const affairsSheet = defineSheet({
  kind: 'rule-of-law',
  id: 'legal-affairs',
  name: '交办法律事务',
  nameEn: 'Assigned legal affairs',
  table: legalAffairs,
  dateKey: 'assignedOn',
  titleKey: 'subject',
  fields: [
    field.text('subject', { zh: '事项', en: 'Subject' }, { required: true, search: true }),
    field.enum('affairType', { zh: '事务类型', en: 'Affair type' }, ['合同审查', '规范性文件审查', '重大行政决策合法性审查', '行政应诉', '法律意见', '其他'], { required: true }),
    field.text('assignedBy', { zh: '交办单位', en: 'Assigned by' }, { search: true }),
    field.date('assignedOn', { zh: '交办日期', en: 'Assigned on' }, { required: true }),
    field.date('dueOn', { zh: '办理期限', en: 'Due date' }),
    field.date('completedOn', { zh: '办结日期', en: 'Completed on' }),
  ],
  check: (r) => (typeof r.completedOn === 'string' && typeof r.assignedOn === 'string' && r.completedOn < r.assignedOn ? [{ key: 'completedOn', message: { zh: '办结日期不能早于交办日期', en: 'the completion date cannot be before the assignment date' } }] : []),
});

export const documentsSheet = defineSheet({
  kind: 'rule-of-law',
  id: 'documents',
  name: '印发文件',
  nameEn: 'Issued documents',
  table: printedDocuments,
  dateKey: 'printedOn',
  titleKey: 'title',
  fields: [
    field.text('title', { zh: '文件标题', en: 'Document title' }, { required: true, search: true }),
    field.text('documentNumber', { zh: '文号', en: 'Document number' }, { search: true }),
    field.enum('documentType', { zh: '文件类别', en: 'Document type' }, ['规范性文件', '普法文件', '工作文件', '其他'], { required: true }),
    field.int('copies', { zh: '印制份数', en: 'Copies printed' }, { min: 1, max: 1_000_000 }),
    field.date('printedOn', { zh: '印发日期', en: 'Issued on' }, { required: true }),
  ],
});

export default defineRegister({
  kind: 'rule-of-law',
  name: '法治建设',
  sheets: [reconsiderationsSheet, affairsSheet, documentsSheet],
  metrics: [
    {
      key: 'rule-of-law.reconsideration-completion-rate',
      name: '行政复议案件完成率',
      kind: 'rate',
      unit: '%',
      description: '当年收到的行政复议申请中，统计日前已办结（含作出不予受理决定）的比例',
      sheet: reconsiderationsSheet,
      numerator: (c, p) => sql`${c.concludedOn!} <= ${p.end}`,
    },
    { key: 'rule-of-law.reconsiderations-received', name: '收到行政复议申请数', kind: 'count', unit: '件', description: '当年收到的行政复议申请', sheet: reconsiderationsSheet },
    {
      key: 'rule-of-law.affairs-completion-rate',
      name: '交办法律事务办结率',
      kind: 'rate',
      unit: '%',
      description: '当年县政府交办的法律事务中，统计日前已办结的比例',
      sheet: affairsSheet,
      numerator: (c, p) => sql`${c.completedOn!} <= ${p.end}`,
    },
    { key: 'rule-of-law.documents-printed', name: '文件印刷数量', kind: 'count', unit: '份', description: '当年印发的文件（每份文件一条记录）', sheet: documentsSheet },
  ],
});
