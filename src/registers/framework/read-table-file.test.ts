import { describe, expect, it } from 'vitest';
import { readTableFile } from './read-table-file.js';

describe('readTableFile (CSV)', () => {
  it('numbers rows as a spreadsheet shows them, also after a cell with a line break', async () => {
    const csv = '姓名,情况说明\n张三,"第一行\n第二行"\n李四,无\n';
    const file = await readTableFile(new TextEncoder().encode(csv));
    expect(file.rows.map((r) => r.number)).toEqual([2, 3]);
    expect(file.rows[0]!.cells).toEqual(['张三', '第一行\n第二行']);
  });

  it('keeps the numbering when a blank row is skipped', async () => {
    const file = await readTableFile(new TextEncoder().encode('姓名\n张三\n\n李四\n'));
    expect(file.rows.map((r) => r.number)).toEqual([2, 4]);
  });
});
