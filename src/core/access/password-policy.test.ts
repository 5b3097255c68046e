import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from './password-policy.js';

describe('checkPasswordPolicy', () => {
  it.each([
    ['Abcdef1!', null],
    ['abcdef12!', null],
    ['ABCDEFG1a', null],
    ['Abc1!', '密码至少 8 位'],
    ['abcdefgh', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['abcdefg1', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['12345678', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
  ])('%s → %s', (password, problem) => {
    expect(checkPasswordPolicy(password)).toBe(problem);
  });
});
