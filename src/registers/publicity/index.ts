import { defineRegister, defineSheet } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { publicityEvents, publicityMaterials } from './schema.js';

/** 普法宣传: events by audience among the 法律九进, and printed materials. */

/** 法律九进 as the province's 普法 plan lists them; a setting once other provinces use jixiao. */
export const LAW_NINE_AUDIENCES = ['进机关', '进乡村', '进社区', '进学校', '进企业', '进单位', '进网络', '进军营', '进宗教活动场所'] as const;

export const eventsSheet = defineSheet({
  kind: 'publicity',
  id: 'events',
  name: '普法宣传活动',
  nameEn: 'Law publicity events',
  table: publicityEvents,
  dateKey: 'heldOn',
  titleKey: 'theme',
  fields: [
    field.text('theme', { zh: '活动主题', en: 'Event theme' }, { required: true, search: true }),
    field.enum('audience', { zh: '法律九进', en: 'Target audience' }, LAW_NINE_AUDIENCES, { required: true }),
    field.enum('form', { zh: '活动形式', en: 'Event form' }, ['集中宣传', '法治讲座', '法律咨询', '以案释法', '文艺演出', '网络宣传', '其他']),
    field.date('heldOn', { zh: '活动日期', en: 'Event date' }, { required: true }),
    field.text('place', { zh: '活动地点', en: 'Event place' }, { required: true, search: true }),
    field.int('attendance', { zh: '参加人数', en: 'Attendance' }, { max: 1_000_000 }),
    field.text('organizer', { zh: '组织单位', en: 'Organised by' }, { search: true }),
  ],
});

export const materialsSheet = defineSheet({
  kind: 'publicity',
  id: 'materials',
  name: '普法宣传资料',
  nameEn: 'Law publicity materials',
  table: publicityMaterials,
  dateKey: 'printedOn',
  titleKey: 'title',
  fields: [
    field.text('title', { zh: '资料名称', en: 'Material name' }, { required: true, search: true }),
    field.enum('materialType', { zh: '资料类型', en: 'Material type' }, ['宣传册', '折页', '海报', '读本', '年画挂历', '其他'], { required: true }),
    field.int('copies', { zh: '印制数量（份）', en: 'Copies printed' }, { required: true, min: 1, max: 10_000_000 }),
    field.date('printedOn', { zh: '印制日期', en: 'Printed on' }, { required: true }),
    field.text('distributedTo', { zh: '发放对象', en: 'Distributed to' }, { search: true }),
  ],
});

export default defineRegister({
  kind: 'publicity',
  name: '普法宣传',
  sheets: [eventsSheet, materialsSheet],
  metrics: [
    { key: 'publicity.events', name: '普法宣传活动场次', kind: 'count', unit: '场', description: '活动日期在当年 1 月 1 日至统计日之间的普法宣传活动', sheet: eventsSheet },
    { key: 'publicity.attendance', name: '普法活动参加人次', kind: 'sum', unit: '人次', description: '当年普法宣传活动的参加人数之和', sheet: eventsSheet, sumKey: 'attendance' },
    { key: 'publicity.materials-printed', name: '普法宣传资料印制数量', kind: 'sum', unit: '份', description: '当年印制的普法宣传资料份数之和', sheet: materialsSheet, sumKey: 'copies' },
  ],
});
