import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  it('reads plain rows with CRLF, LF and a missing final line end', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, quotes and line breaks, counting lines', () => {
    expect(parseCsv('x,"a, ""b""\nc",y\r\nnext,1\n')).toEqual([
      { line: 1, fields: ['x', 'a, "b"\nc', 'y'] },
      { line: 3, fields: ['next', '1'] },
    ]);
  });

  it('keeps empty fields and empty lines as records', () => {
    expect(parseCsv('a,,c\n\n,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('a\tb,c\n', '\t')).toEqual([{ line: 1, fields: ['a', 'b,c'] }]);
  });
});
