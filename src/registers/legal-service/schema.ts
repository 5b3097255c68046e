import { date, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 基层法律服务工作者执业核准: applications and decisions. Applicant name and ID number are ciphertext. */
export const legalServiceApprovals = registerTable('reg_legal_service_approval', 'appliedOn', {
  applicantName: text('applicant_name').notNull(),
  applicantIdNumber: text('applicant_id_number'),
  firm: text('firm').notNull(),
  applicationType: text('application_type').notNull(),
  appliedOn: date('applied_on', { mode: 'string' }).notNull(),
  result: text('result').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }),
  reason: text('reason'),
});
