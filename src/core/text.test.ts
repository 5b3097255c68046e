import { describe, expect, it } from 'vitest';
import { hasControlCharacter, stripControlCharacters } from './text.js';

describe('control characters', () => {
  it.each([
    ['\u0000', true, ''],
    ['a\u0000b', true, 'ab'],
    ['\u0007\u001B[31m', true, '[31m'],
    ['\u007F', true, ''],
    ['\u000B\u000C', true, ''],
    ['tab\tline\nbreak\r\n', false, 'tab\tline\nbreak\r\n'],
    ['≥95% 法律援助', false, '≥95% 法律援助'],
    ['\u0085\u200B', false, '\u0085\u200B'],
  ])('%j → %s, stripped %j', (text, has, stripped) => {
    expect(hasControlCharacter(text)).toBe(has);
    expect(stripControlCharacters(text)).toBe(stripped);
  });
});
