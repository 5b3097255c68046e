import { describeLocation, DocumentError, type DocumentLocation } from '../../core/errors.js';
import type { TWarning } from '../../contract/goal-book.js';
import type { Cell, Row, TableBlock } from '../blocks.js';

/** Collects warnings and builds precise locations while a document is parsed. */
export class ParseContext {
  readonly warnings: TWarning[] = [];

  warn(location: DocumentLocation, message: string): void {
    this.warnings.push({ location: describeLocation(location), message });
  }

  fail(location: DocumentLocation, problem: string): never {
    throw new DocumentError(location, problem);
  }
}

/** Location of a row or cell inside a table; tableTitle names the project table it belongs to. */
export function locate(
  table: TableBlock,
  tableTitle: string | undefined,
  row?: Row,
  cell?: Cell,
  field?: string,
): DocumentLocation {
  const loc: DocumentLocation = {};
  if (table.sheet !== undefined) loc.sheet = table.sheet;
  else loc.table = table.index;
  if (tableTitle) loc.tableTitle = tableTitle;
  if (row) {
    loc.row = row.number;
    if (row.line !== undefined) loc.line = row.line;
  }
  if (cell) loc.column = cell.col;
  if (field) loc.field = field;
  return loc;
}
