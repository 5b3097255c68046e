import { describe, expect, it } from 'vitest';
import { amountWithUnit, filledOnYear, moneyUnitIn, unitIn, yearInHeading } from './document-facts.js';

describe('unitIn: the unit wherever it is written', () => {
  it.each([
    ['a cell as in the sample', '315002乐亭县司法局', { code: '315002', name: '乐亭县司法局' }],
    ['a LibreOffice paragraph with ideographic spaces and the money unit', '315002乐亭县司法局　　单位：万元', { code: '315002', name: '乐亭县司法局' }],
    ['key：value with the code in brackets', '预算单位：[015001]某某局', { code: '015001', name: '某某局' }],
    ['key:value with 【】 brackets', '单位名称:【015001】某某局', { code: '015001', name: '某某局' }],
    ['主管部门及编码 with the code after the name', '主管部门及编码：某县教育局(433001)', { code: '433001', name: '某县教育局' }],
    ['full-width brackets after the name', '某县教育局（433001）', { code: '433001', name: '某县教育局' }],
    ['code-dash-name as budget systems export it', '776001-某县卫生健康局', { code: '776001', name: '某县卫生健康局' }],
    ['the title only', '315002乐亭县司法局2022年度部门预算绩效目标', { code: '315002', name: '乐亭县司法局' }],
    ['a bracketed title', '[015001]某某局2023年项目支出绩效目标表', { code: '015001', name: '某某局' }],
  ])('%s', (_, text, unit) => {
    expect(unitIn(text)).toEqual(unit);
  });

  it.each([
    ['a target with a big number', '≥1000000人次'],
    ['a short code without a key or bracket', '396件以上'],
    ['a project code', '13022522P000R24100085'],
    ['narrative', '贯彻落实国家司法行政工作方针政策'],
  ])('not a unit: %s', (_, text) => {
    expect(unitIn(text)).toBeUndefined();
  });
});

describe('moneyUnitIn', () => {
  it.each([
    ['单位：万元', '万元'],
    ['单位:元', '元'],
    ['金额单位：万元', '万元'],
    ['（单位：元）', '元'],
    ['315002乐亭县司法局　　单位：万元', '万元'],
    ['年初安排金额(万元)', '万元'],
    ['全年执行数（元）', '元'],
    ['单位：万元以上', undefined],
    ['资金支出计划（%）', undefined],
    ['项目单位', undefined],
  ])('%s → %s', (text, unit) => {
    expect(moneyUnitIn(text)).toBe(unit);
  });
});

describe('the year', () => {
  it.each([
    ['a title', '某县司法局2023年度部门预算项目绩效目标', 2023],
    ['a (2023年度) header', '项目支出绩效目标表（2023年度）', 2023],
    ['a self-evaluation title', '2022年度项目支出绩效自评表', 2022],
    ['a deadline is no heading', '2022年底', undefined],
    ['a reference to a plan', '制定2022年度学法计划', undefined],
  ])('in a heading: %s', (_, text, year) => {
    expect(yearInHeading(text)).toBe(year);
  });

  it.each([
    ['填报日期：2023年1月5日', 2023],
    ['填报时间: 2023-01-05', 2023],
    ['2023年1月5日', undefined],
  ])('filled on: %s', (text, year) => {
    expect(filledOnYear(text)).toBe(year);
  });
});

describe('amountWithUnit', () => {
  it.each([
    ['10000万元', { text: '10000', unit: '万元' }],
    ['1,030,700.00元', { text: '1,030,700.00', unit: '元' }],
    ['5.00', { text: '5.00' }],
  ])('%s', (text, result) => {
    expect(amountWithUnit(text)).toEqual(result);
  });
});
