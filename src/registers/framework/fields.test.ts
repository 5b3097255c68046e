import { describe, expect, it } from 'vitest';
import { coerceField, field } from './fields.js';

describe('coerceField', () => {
  const date = field.date('d', { zh: '日期', en: 'Date' });
  it.each([
    ['2022-03-08', '2022-03-08'],
    ['2022/3/8', '2022-03-08'],
    ['2022年3月8日', '2022-03-08'],
    ['2022.12.31', '2022-12-31'],
    [new Date(Date.UTC(2022, 11, 31)), '2022-12-31'],
  ] as const)('reads the date %s', (raw, value) => expect(coerceField(date, raw)).toEqual({ value }));
  it.each(['2022-02-29', '2022-13-01', '3月8日', '20220308'])('refuses the date %s', (raw) => expect(coerceField(date, raw)).toHaveProperty('error'));

  it.each([
    ['是', true],
    ['否', false],
    ['√', true],
    ['合格', true],
    [false, false],
  ] as const)('reads %s as a yes/no', (raw, value) => expect(coerceField(field.bool('b', { zh: '是否', en: 'Yes or no' }), raw)).toEqual({ value }));

  it('checks ID numbers and upper-cases their check letter', () => {
    const id = field.personal('id', { zh: '身份证号', en: 'ID number' }, 'idNumber');
    expect(coerceField(id, '11010519491231002x')).toEqual({ value: '11010519491231002X' });
    expect(coerceField(id, '110105194912310021')).toEqual({ error: { zh: '不是有效的 18 位身份证号码（位数或校验位不对）', en: 'is not a valid 18-digit ID number (wrong length or check digit)' } });
  });

  it('reads money in 元 into fen, refusing finer than a fen', () => {
    const money = field.money('amount', { zh: '金额', en: 'Amount' });
    expect(money.column).toBe('amountFen');
    expect(coerceField(money, '1234.5')).toEqual({ value: 123450 });
    expect(coerceField(money, 0.015)).toHaveProperty('error');
  });

  it('holds integers to their range and enums to their options', () => {
    expect(coerceField(field.int('n', { zh: '数量', en: 'Quantity' }, { min: 1 }), '0')).toEqual({ error: { zh: '不能小于 1', en: 'cannot be less than 1' } });
    expect(coerceField(field.int('n', { zh: '数量', en: 'Quantity' }), '2.5')).toHaveProperty('error');
    expect(coerceField(field.enum('e', { zh: '类型', en: 'Type' }, ['甲', '乙']), '丙')).toEqual({ error: { zh: '“丙”不是可选值，应为 甲、乙 之一', en: '“丙” is not one of the options: 甲, 乙' } });
    expect(coerceField(field.enum('e', { zh: '类型', en: 'Type' }, ['甲', '乙']), '')).toEqual({ value: null });
  });
});
