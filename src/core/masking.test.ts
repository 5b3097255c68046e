import { describe, expect, it } from 'vitest';
import { isValidIdNumber, maskIdNumber, maskName, maskPhone } from './masking.js';

describe('masking', () => {
  it.each([
    ['110101199003071234', '110101********1234'],
    ['1234567', '*******'],
  ])('maskIdNumber(%s) = %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));
  it.each([
    ['张三', '张*'],
    ['欧阳小明', '欧***'],
    ['李', '李*'],
  ])('maskName(%s) = %s', (name, masked) => expect(maskName(name)).toBe(masked));
  it('masks phones', () => expect(maskPhone('13812345678')).toBe('138****5678'));
  it.each([
    ['11010519491231002X', true],
    ['110105194912310021', false],
    ['11010519491231002', false],
  ])('isValidIdNumber(%s) = %s', (id, ok) => expect(isValidIdNumber(id)).toBe(ok));
});
