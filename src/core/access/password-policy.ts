import type { LocalizedText } from '../errors.js';

export interface PasswordContext {
  /** the account's name: a password equal to it, or containing it, is refused */
  username?: string | undefined;
  /** whether a normalised password (see `passwordVariants`) is on the common-password list; the server passes its list */
  isCommon?: ((normalised: string) => boolean) | undefined;
}

/**
 * The forms a password is compared in against the common-password list: lower case; without symbols
 * ("Woaini@1314!" → "woaini1314"); and with the usual look-alike digits read as letters ("P@ssw0rd" →
 * "password"), so a symbol or a capital added to satisfy the character classes does not make a common
 * password acceptable.
 */
export function passwordVariants(password: string): string[] {
  const lower = password.toLowerCase();
  const plain = lower.replace(/[^a-z0-9]/g, '');
  const unleet = lower.replace(/@/g, 'a').replace(/\$/g, 's').replace(/0/g, 'o').replace(/[^a-z0-9]/g, '');
  return [...new Set([lower, plain, unleet])];
}

/**
 * 等保 level-3 password rule: at least 8 characters from at least three character classes; not the
 * account's name nor containing it; not a common password. Null when acceptable.
 */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): LocalizedText | null {
  if (password.length < 8) return { zh: '密码至少 8 位', en: 'The password needs at least 8 characters' };
  if (password.length > 128) return { zh: '密码不能超过 128 位', en: 'The password may have at most 128 characters' };
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return { zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类', en: 'The password needs three of: upper-case letters, lower-case letters, digits, symbols' };
  const name = context.username?.trim().toLowerCase();
  if (name && (password.toLowerCase() === name || (name.length >= 3 && password.toLowerCase().includes(name)))) {
    return { zh: '密码不能是用户名，也不能包含用户名', en: 'The password may not be or contain the username' };
  }
  if (context.isCommon && passwordVariants(password).some(context.isCommon)) {
    return { zh: '这是常见密码，很容易被猜中，请换一个', en: 'This is a common password that is easy to guess: choose another' };
  }
  return null;
}
