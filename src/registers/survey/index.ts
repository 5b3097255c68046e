import { sql } from 'drizzle-orm';
import { defineRegister, defineSheet } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { surveyResponses } from './schema.js';

/** 满意度调查: responses per budget project or per service; feeds every 服务对象满意度 indicator. */

export const SURVEY_SERVICES = ['法律援助', '人民调解', '基层法律服务', '社区矫正', '安置帮教', '普法宣传', '法治建设', '公共法律服务', '装备保障', '其他'] as const;

export const responsesSheet = defineSheet({
  kind: 'survey',
  id: 'responses',
  name: '满意度调查',
  nameEn: 'Satisfaction surveys',
  table: surveyResponses,
  dateKey: 'surveyedOn',
  titleKey: 'service',
  fields: [
    field.text('projectCode', { zh: '项目编码', en: 'Project code' }, { filter: true, hint: { zh: '调查针对某个预算项目时填写其项目编码', en: 'The project code, when the survey is about a budget project' } }),
    field.enum('service', { zh: '服务事项', en: 'Service' }, SURVEY_SERVICES, { required: true }),
    field.date('surveyedOn', { zh: '调查日期', en: 'Surveyed on' }, { required: true }),
    field.enum('method', { zh: '调查方式', en: 'Survey method' }, ['电话回访', '问卷', '网络', '当面']),
    field.int('score', { zh: '评分（0-100）', en: 'Score (0-100)' }, { min: 0, max: 100 }),
    field.bool('satisfied', { zh: '是否满意', en: 'Satisfied' }, { required: true }),
    field.text('comment', { zh: '意见建议', en: 'Comments' }, { search: true, maxLength: 500 }),
  ],
});

export default defineRegister({
  kind: 'survey',
  name: '满意度调查',
  sheets: [responsesSheet],
  metrics: [
    {
      key: 'survey.satisfaction-rate',
      name: '服务对象满意度',
      kind: 'rate',
      unit: '%',
      description: '当年调查的答卷中答“满意”的比例；绑定时可限定项目（project）或服务事项（service）',
      sheet: responsesSheet,
      numerator: (c) => sql`${c.satisfied!} is true`,
      filters: { project: 'projectCode', service: 'service' },
    },
  ],
});
