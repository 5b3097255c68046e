import { boolean, date, integer, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 法律援助案件: applications and what became of them. Applicant name, ID number and phone are ciphertext. */
export const legalAidCases = registerTable('reg_legal_aid_case', 'appliedOn', {
  caseNumber: text('case_number'),
  source: text('source').notNull(),
  applicantName: text('applicant_name').notNull(),
  applicantIdNumber: text('applicant_id_number'),
  applicantPhone: text('applicant_phone'),
  applicantCategory: text('applicant_category').notNull(),
  caseType: text('case_type').notNull(),
  meansTestExempt: boolean('means_test_exempt'),
  appliedOn: date('applied_on', { mode: 'string' }).notNull(),
  decision: text('decision'),
  decidedOn: date('decided_on', { mode: 'string' }),
  assigneeType: text('assignee_type'),
  assignee: text('assignee'),
  assignedOn: date('assigned_on', { mode: 'string' }),
  closedOn: date('closed_on', { mode: 'string' }),
  followUpOn: date('follow_up_on', { mode: 'string' }),
  satisfaction: text('satisfaction'),
  complaint: text('complaint'),
});

/** 法律咨询: walk-in and 12348 hotline consultations. */
export const legalAidConsultations = registerTable('reg_legal_aid_consultation', 'consultedOn', {
  consultedOn: date('consulted_on', { mode: 'string' }).notNull(),
  channel: text('channel').notNull(),
  topic: text('topic').notNull(),
  enquirerName: text('enquirer_name'),
  answeredBy: text('answered_by'),
  referredToAid: boolean('referred_to_aid'),
});

/** 值班: duty shifts at the service centre, the detention centre and the court. */
export const legalAidDutyShifts = registerTable('reg_legal_aid_duty_shift', 'shiftOn', {
  shiftOn: date('shift_on', { mode: 'string' }).notNull(),
  place: text('place').notNull(),
  onDuty: text('on_duty').notNull(),
  consultations: integer('consultations'),
});
