import { date, integer, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 行政复议案件. The applicant's name is ciphertext. */
export const reconsiderations = registerTable('reg_reconsideration', 'receivedOn', {
  caseNumber: text('case_number'),
  applicantName: text('applicant_name'),
  respondent: text('respondent').notNull(),
  matter: text('matter').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  admission: text('admission').notNull(),
  concludedOn: date('concluded_on', { mode: 'string' }),
  outcome: text('outcome'),
});

/** 县政府交办的法律事务 */
export const legalAffairs = registerTable('reg_legal_affair', 'assignedOn', {
  subject: text('subject').notNull(),
  affairType: text('affair_type').notNull(),
  assignedBy: text('assigned_by'),
  assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
  dueOn: date('due_on', { mode: 'string' }),
  completedOn: date('completed_on', { mode: 'string' }),
});

/** 印发文件: each row is one document printed (一份文件), with the copies made */
export const printedDocuments = registerTable('reg_printed_document', 'printedOn', {
  title: text('title').notNull(),
  documentNumber: text('document_number'),
  documentType: text('document_type').notNull(),
  copies: integer('copies'),
  printedOn: date('printed_on', { mode: 'string' }).notNull(),
});
