import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../core/errors.js';
import { encodeGb18030 } from '../../../test/helpers/gb18030.js';
import { csvDelimiter, decodeCsvText } from './decode-csv-text.js';

const TEXT = '项目编码,金额\r\n13022522P000R24100085,100\r\n';

describe('decodeCsvText', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.from(`\uFEFF${TEXT}`, 'utf8')],
    ['UTF-16LE with BOM (Excel “Unicode text”)', Buffer.from(`\uFEFF${TEXT}`, 'utf16le')],
    ['UTF-16BE with BOM', Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16()],
    ['GB18030 (Excel “CSV” on Chinese Windows)', encodeGb18030(TEXT)],
  ])('reads %s', (_, bytes) => {
    expect(decodeCsvText(new Uint8Array(bytes))).toBe(TEXT);
  });

  it('refuses bytes that are neither, saying how to save the file', () => {
    expect(() => decodeCsvText(new Uint8Array([0x81, 0x30, 0xff, 0xff, 0x41]))).toThrow(DocumentError);
    expect(() => decodeCsvText(new Uint8Array([0x81, 0x30, 0xff, 0xff, 0x41]))).toThrow(/另存为“CSV UTF-8”或 .xlsx/);
  });
});

describe('csvDelimiter', () => {
  it.each([
    ['a,b\r\n1,2', ','],
    ['a\tb\n1\t2', '\t'],
    ['a\tb,c\n', ','],
    ['', ','],
  ])('%j → %j', (text, delimiter) => expect(csvDelimiter(text)).toBe(delimiter));
});
