/**
 * Masking of personal data for lists and exports (个人信息保护法: show only what the duty needs).
 * Pure, so the API, the exporters and the web mask identically.
 */

/** 110101199003071234 → 110101********1234 */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
}

/** 张三 → 张*, 欧阳小明 → 欧***; keeps the family name only */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (s.length < 7) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}

/** Whether a string is a well-formed 18-digit resident ID number (GB 11643 check digit). */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return checks[sum % 11] === id[17]!.toUpperCase();
}
