/**
 * Control characters: C0 controls other than tab, line feed and carriage return, and DEL. Nobody types
 * them, PostgreSQL refuses NUL in text (a 500 if one reached it), and a terminal or spreadsheet may act
 * on the others. Requests carrying them are refused at the contract (`ZText`); documents drop them.
 */
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F';
const CONTROL_ONE = new RegExp(`[${CONTROL}]`);
const CONTROL_ALL = new RegExp(`[${CONTROL}]`, 'g');

export const hasControlCharacter = (text: string): boolean => CONTROL_ONE.test(text);

export const stripControlCharacters = (text: string): string => text.replace(CONTROL_ALL, '');

export const CONTROL_CHARACTER_MESSAGE = '不能包含控制字符（如 NUL、%00）';

/** a spreadsheet or CSV cell holding one: said where the file's other problems are said */
export const CONTROL_CHARACTER_IN_CELL = '含有控制字符（如 NUL，通常是从其他系统复制时带入的不可见字符）：请删除后重新导入';
export const CONTROL_CHARACTER_IN_CELL_EN = 'contains a control character (such as NUL, usually an invisible character copied from another system): delete it and import again';
