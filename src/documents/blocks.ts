import { stripControlCharacters } from '../core/text.js';

/**
 * The format-neutral shape every goal-document reader produces: paragraphs and tables in document
 * order. Tables keep grid columns and merges so one structural parser serves extracted text, Word and
 * Excel alike — columns are found by their header labels, never by fixed positions.
 */

export interface Cell {
  text: string;
  /** 1-based grid column where the cell starts (Word gridSpan / Excel merges widen it). */
  col: number;
  /** how many grid columns it covers */
  span: number;
  /** a vertically merged continuation of the cell above (Word vMerge, Excel merge): its text lives above */
  mergedFromAbove?: boolean;
  /** Excel stored a date here (its text is YYYY-MM-DD): where a number or unit belongs it is a typing accident */
  date?: boolean;
}

export interface Row {
  cells: Cell[];
  /** 1-based row number inside its table (Excel: the sheet's row number) */
  number: number;
  /** 1-based line in the source text, for extracted-text documents */
  line?: number;
}

export interface TableBlock {
  kind: 'table';
  /** 1-based position among the document's tables */
  index: number;
  rows: Row[];
  /** Excel sheet name the table came from */
  sheet?: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** a Word list item (automatic numbering): its number is not part of the text */
  listItem?: boolean;
  line?: number;
  sheet?: string;
}

export type Block = TableBlock | ParagraphBlock;

export type DocumentFormat = 'text' | 'docx' | 'xlsx';

export interface BlockDocument {
  format: DocumentFormat;
  blocks: Block[];
}

/** Word-extraction artefacts such as "[bookmark: _Toc6636]" are not part of what the author wrote. */
export function stripArtefacts(text: string): string {
  // control characters are never the author's text (and a NUL could not be stored)
  return stripControlCharacters(text.replace(/\[bookmark:[^\]]*\]/g, ''));
}

/** Trim every line's right end and the whole text, keeping the author's inner line breaks. */
export function tidyText(text: string): string {
  return stripArtefacts(text)
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .trim();
}
