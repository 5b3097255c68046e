import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, passwordVariants } from './password-policy.js';

const COMMON = new Set(['woaini1314', 'password', 'qq123456', 'a123456']);
const context = { username: 'zhangwei', isCommon: (p: string) => COMMON.has(p) };

describe('checkPasswordPolicy', () => {
  it.each([
    ['Abcdef1!', null],
    ['abcdef12!', null],
    ['ABCDEFG1a', null],
    ['Abc1!', '密码至少 8 位'],
    ['abcdefgh', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['abcdefg1', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['12345678', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['ZhangWei', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['Zhangwei2022!', '密码不能是用户名，也不能包含用户名'],
    ['my-ZHANGWEI-1', '密码不能是用户名，也不能包含用户名'],
    ['Woaini1314!', '这是常见密码，很容易被猜中，请换一个'],
    ['Woaini@1314', '这是常见密码，很容易被猜中，请换一个'],
    ['P@ssw0rd', '这是常见密码，很容易被猜中，请换一个'],
    ['QQ123456!', '这是常见密码，很容易被猜中，请换一个'],
    ['A123456!', '这是常见密码，很容易被猜中，请换一个'],
    ['Lao-Ting-7x!', null],
  ])('%s → %s', (password, problem) => {
    expect(checkPasswordPolicy(password, context)?.zh ?? null).toBe(problem);
  });

  it('gives every problem in English too', () => {
    for (const p of ['Abc1!', 'abcdefgh', 'Zhangwei2022!', 'Woaini1314!']) expect(checkPasswordPolicy(p, context)?.en).toMatch(/^[ -~]+$/);
  });

  it('checks a short username only for equality', () => {
    expect(checkPasswordPolicy('Li-Pass-2022', { username: 'li' })).toBeNull();
  });
});

describe('passwordVariants', () => {
  it.each([
    ['Woaini@1314!', ['woaini@1314!', 'woaini1314', 'woainia1314']],
    ['P@ssw0rd', ['p@ssw0rd', 'pssw0rd', 'password']],
  ])('%s', (password, variants) => {
    expect(passwordVariants(password)).toEqual(variants);
  });
});
