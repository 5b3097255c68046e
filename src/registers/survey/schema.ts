import { boolean, date, integer, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 满意度调查: one answer of one respondent about a project or a service. Respondents stay anonymous. */
export const surveyResponses = registerTable('reg_survey_response', 'surveyedOn', {
  projectCode: text('project_code'),
  service: text('service').notNull(),
  surveyedOn: date('surveyed_on', { mode: 'string' }).notNull(),
  method: text('method'),
  score: integer('score'),
  satisfied: boolean('satisfied').notNull(),
  comment: text('comment'),
});
