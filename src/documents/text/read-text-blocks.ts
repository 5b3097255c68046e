import { tidyText, type Block, type BlockDocument, type Cell, type Row, type TableBlock } from '../blocks.js';

/**
 * Reads text extracted from Word the way the sample is: every table cell is a line that starts with a
 * tab, a blank line ends a table row, a line without a leading tab continues the cell above it, and an
 * empty cell is a lone tab. A line with tabs between its cells (copied from Excel or a tab-separated
 * export) is a whole row: a leading tab is an empty first cell. Any other line is a paragraph; a
 * paragraph ends the table before it.
 */
export function readTextBlocks(text: string): BlockDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  let row: Row | null = null;
  /** the previous line belonged to the current row (a cell or its continuation) */
  let inRow = false;
  let tableCount = 0;

  const endRow = () => {
    if (row && table) {
      for (const cell of row.cells) cell.text = tidyText(cell.text);
      table.rows.push(row);
    }
    row = null;
    inRow = false;
  };
  const endTable = () => {
    endRow();
    if (table && table.rows.length > 0) blocks.push(table);
    table = null;
  };

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.slice(1).includes('\t')) {
      endRow();
      if (!table) table = { kind: 'table', index: ++tableCount, rows: [] };
      const cells = line.split('\t').map((text, c): Cell => ({ text, col: c + 1, span: 1 }));
      row = { cells, number: table.rows.length + 1, line: lineNo };
      endRow();
      return;
    }
    if (line.startsWith('\t')) {
      if (!table) table = { kind: 'table', index: ++tableCount, rows: [] };
      if (!row) row = { cells: [], number: table.rows.length + 1, line: lineNo };
      const cell: Cell = { text: line.slice(1), col: row.cells.length + 1, span: 1 };
      row.cells.push(cell);
      inRow = true;
      return;
    }
    if (line.trim() === '') {
      endRow();
      return;
    }
    if (inRow && row) {
      const last = (row as Row).cells[(row as Row).cells.length - 1]!;
      last.text += '\n' + line;
      return;
    }
    endTable();
    const paragraph = tidyText(line);
    if (paragraph !== '') blocks.push({ kind: 'paragraph', text: paragraph, line: lineNo });
  });
  endTable();
  return { format: 'text', blocks };
}
