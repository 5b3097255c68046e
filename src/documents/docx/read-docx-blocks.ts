import { XMLParser } from 'fast-xml-parser';
import { DocumentError } from '../../core/errors.js';
import { tidyText, type Block, type BlockDocument, type Cell, type Row, type TableBlock } from '../blocks.js';
import { CorruptZipError, readZipDirectory, unzip } from '../zip/safe-unzip.js';

/**
 * Word .docx → blocks. Reads word/document.xml in document order: paragraphs and tables (w:tbl), with
 * horizontal merges (w:gridSpan, w:gridBefore) turned into grid columns and vertical merges (w:vMerge)
 * into cells marked as continuing the one above. Text inside a cell keeps its paragraph breaks and
 * manual line breaks. As Word, WPS and LibreOffice write them: the content of text boxes is read where
 * the box is anchored (once: the VML fallback repeats it), a table nested in a cell is a table of its
 * own (a one-cell frame around the real table disappears), and automatically numbered paragraphs —
 * numbered directly or through their list style — are list items (in a cell they get their "1." back).
 */

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

function findChild(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** All text of a paragraph: runs, hyperlinks, insertions; deletions and field codes are not text. */
function paragraphText(node: XmlNode): string {
  let out = '';
  const walk = (n: XmlNode) => {
    const tag = tagOf(n);
    if (tag === undefined) return;
    if (tag === '#text') return;
    if (tag === 'w:t') {
      for (const c of childrenOf(n)) if (typeof c['#text'] === 'string' || typeof c['#text'] === 'number') out += String(c['#text']);
      return;
    }
    if (tag === 'w:tab') {
      out += '\t';
      return;
    }
    if (tag === 'w:br' || tag === 'w:cr') {
      out += '\n';
      return;
    }
    if (tag === 'w:del' || tag === 'w:delText' || tag === 'w:instrText' || tag === 'w:pPr' || tag === 'w:rPr' || tag === 'w:txbxContent' || tag === 'mc:Fallback') return;
    for (const c of childrenOf(n)) walk(c);
  };
  walk(node);
  return out;
}

/** The text boxes anchored in a paragraph (DrawingML; VML fallbacks repeat them and are skipped). */
function textBoxesOf(node: XmlNode): XmlNode[] {
  const boxes: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of childrenOf(n)) {
      const tag = tagOf(c);
      if (tag === 'w:txbxContent') boxes.push(c);
      else if (tag !== 'mc:Fallback' && tag !== '#text') walk(c);
    }
  };
  walk(node);
  return boxes;
}

/** Paragraph styles whose definition numbers the paragraph (w:numPr in the style, or a style it is based on). */
function numberedStylesOf(stylesXml: string | undefined): Set<string> {
  const numbered = new Set<string>();
  if (!stylesXml) return numbered;
  let parsed: XmlNode[];
  try {
    parsed = parser.parse(stylesXml) as XmlNode[];
  } catch {
    return numbered;
  }
  const root = parsed.find((n) => tagOf(n) === 'w:styles');
  const basedOn = new Map<string, string>();
  for (const style of root ? childrenOf(root) : []) {
    if (tagOf(style) !== 'w:style') continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const pPr = findChild(style, 'w:pPr');
    const numPr = pPr ? findChild(pPr, 'w:numPr') : undefined;
    const numId = numPr ? attr(findChild(numPr, 'w:numId') ?? {}, 'w:val') : undefined;
    if (numPr && numId !== '0') numbered.add(id);
    const base = findChild(style, 'w:basedOn');
    if (base && attr(base, 'w:val')) basedOn.set(id, attr(base, 'w:val')!);
  }
  for (const [id, base] of basedOn) {
    let b: string | undefined = base;
    for (let depth = 0; b && depth < 10; depth++, b = basedOn.get(b)) if (numbered.has(b)) numbered.add(id);
  }
  return numbered;
}

interface ReadContext {
  numberedStyles: Set<string>;
}

function isListItem(p: XmlNode, ctx: ReadContext): boolean {
  const pPr = findChild(p, 'w:pPr');
  if (!pPr) return false;
  const numPr = findChild(pPr, 'w:numPr');
  if (numPr) return attr(findChild(numPr, 'w:numId') ?? {}, 'w:val') !== '0';
  const style = attr(findChild(pPr, 'w:pStyle') ?? {}, 'w:val');
  return style !== undefined && ctx.numberedStyles.has(style);
}

/** A cell's text (nested tables left out: they are tables of their own); numbered paragraphs get "1." back. */
function cellText(tc: XmlNode, ctx: ReadContext, nested: XmlNode[]): string {
  const lines: string[] = [];
  let number = 0;
  const walk = (n: XmlNode) => {
    for (const c of childrenOf(n)) {
      const tag = tagOf(c);
      if (tag === 'w:p') {
        const text = paragraphText(c);
        if (isListItem(c, ctx) && text.trim() !== '') lines.push(`${++number}.${text}`);
        else lines.push(text);
        for (const box of textBoxesOf(c)) walk(box);
      } else if (tag === 'w:tbl') nested.push(c);
      else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') walk(c);
    }
  };
  walk(tc);
  return tidyText(lines.join('\n'));
}

function readTable(tbl: XmlNode, index: number, ctx: ReadContext, nested: XmlNode[]): TableBlock {
  const rows: Row[] = [];
  let rowNumber = 0;
  const rowNodes: XmlNode[] = [];
  const collectRows = (n: XmlNode) => {
    for (const c of childrenOf(n)) {
      const tag = tagOf(c);
      if (tag === 'w:tr') rowNodes.push(c);
      else if (tag === 'w:sdt' || tag === 'w:sdtContent') collectRows(c);
    }
  };
  collectRows(tbl);
  for (const tr of rowNodes) {
    rowNumber++;
    const trPr = findChild(tr, 'w:trPr');
    const gridBefore = trPr ? Number(attr(findChild(trPr, 'w:gridBefore') ?? {}, 'w:val') ?? 0) : 0;
    let col = 1 + (Number.isFinite(gridBefore) ? gridBefore : 0);
    const cells: Cell[] = [];
    const cellNodes: XmlNode[] = [];
    const collectCells = (n: XmlNode) => {
      for (const c of childrenOf(n)) {
        const tag = tagOf(c);
        if (tag === 'w:tc') cellNodes.push(c);
        else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') collectCells(c);
      }
    };
    collectCells(tr);
    for (const tc of cellNodes) {
      const tcPr = findChild(tc, 'w:tcPr');
      const spanNode = tcPr ? findChild(tcPr, 'w:gridSpan') : undefined;
      const span = Math.max(1, Number(spanNode ? attr(spanNode, 'w:val') : 1) || 1);
      const vMerge = tcPr ? findChild(tcPr, 'w:vMerge') : undefined;
      const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
      const cell: Cell = { text: continues ? '' : cellText(tc, ctx, nested), col, span };
      if (continues) cell.mergedFromAbove = true;
      cells.push(cell);
      col += span;
    }
    rows.push({ cells, number: rowNumber });
  }
  return { kind: 'table', index, rows };
}

export async function readDocxBlocks(bytes: Uint8Array): Promise<BlockDocument> {
  let xml: string;
  let stylesXml: string | undefined;
  try {
    if (!readZipDirectory(bytes).some((e) => e.name === 'word/document.xml')) {
      throw new DocumentError({}, '这不是 Word 文档：缺少 word/document.xml', 'DOCUMENT_UNSUPPORTED');
    }
    // only the body and the styles (list numbering) are read; pictures stay packed (their declared sizes are still checked)
    const parts = await unzip(bytes, { wanted: (name) => name === 'word/document.xml' || name === 'word/styles.xml' });
    xml = parts.find((part) => part.name === 'word/document.xml')!.data.toString('utf8');
    stylesXml = parts.find((part) => part.name === 'word/styles.xml')?.data.toString('utf8');
  } catch (error) {
    if (error instanceof CorruptZipError) throw new DocumentError({}, 'Word 文件已损坏或不完整，无法解压（.docx 本质是 zip 包）', 'DOCUMENT_GARBLED');
    throw error;
  }
  let parsed: XmlNode[];
  try {
    parsed = parser.parse(xml) as XmlNode[];
  } catch {
    throw new DocumentError({}, 'Word 文档内容已损坏（document.xml 无法解析）', 'DOCUMENT_GARBLED');
  }
  const documentNode = parsed.find((n) => tagOf(n) === 'w:document');
  const body = documentNode ? findChild(documentNode, 'w:body') : undefined;
  if (!body) throw new DocumentError({}, 'Word 文档没有正文', 'DOCUMENT_INVALID');

  const ctx: ReadContext = { numberedStyles: numberedStylesOf(stylesXml) };
  const blocks: Block[] = [];
  let tableIndex = 0;
  const addTable = (tbl: XmlNode) => {
    const nested: XmlNode[] = [];
    const table = readTable(tbl, tableIndex + 1, ctx, nested);
    // a frame around nested tables (every cell empty apart from them) is not a table of the document
    if (nested.length === 0 || table.rows.some((r) => r.cells.some((c) => c.text !== ''))) {
      tableIndex++;
      blocks.push(table);
    }
    for (const inner of nested) addTable(inner);
  };
  const walk = (n: XmlNode) => {
    for (const child of childrenOf(n)) {
      const tag = tagOf(child);
      if (tag === 'w:p') {
        const text = tidyText(paragraphText(child));
        // a paragraph may carry line breaks (w:br): each line is a paragraph of its own for the parser
        let first = isListItem(child, ctx);
        for (const line of text.split('\n')) {
          const t = line.trim();
          if (t === '') continue;
          blocks.push({ kind: 'paragraph', text: t, ...(first ? { listItem: true } : {}) });
          first = false;
        }
        for (const box of textBoxesOf(child)) walk(box);
      } else if (tag === 'w:tbl') {
        addTable(child);
      } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') {
        walk(child);
      }
    }
  };
  walk(body);
  return { format: 'docx', blocks };
}
