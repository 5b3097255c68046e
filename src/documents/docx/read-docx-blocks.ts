import { XMLParser } from 'fast-xml-parser';
import { DocumentError } from '../../core/errors.js';
import { tidyText, type Block, type BlockDocument, type Cell, type Row, type TableBlock } from '../blocks.js';
import { CorruptZipError, readZipDirectory, unzip } from '../zip/safe-unzip.js';

/**
 * Word .docx → blocks. Reads word/document.xml in document order: paragraphs and tables (w:tbl), with
 * horizontal merges (w:gridSpan, w:gridBefore) turned into grid columns and vertical merges (w:vMerge)
 * into cells marked as continuing the one above. Text inside a cell keeps its paragraph breaks.
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
    if (tag === 'w:del' || tag === 'w:delText' || tag === 'w:instrText' || tag === 'w:pPr' || tag === 'w:rPr') return;
    for (const c of childrenOf(n)) walk(c);
  };
  walk(node);
  return out;
}

function isListItem(p: XmlNode): boolean {
  const pPr = findChild(p, 'w:pPr');
  return pPr !== undefined && findChild(pPr, 'w:numPr') !== undefined;
}

function cellText(tc: XmlNode): string {
  const lines: string[] = [];
  const walk = (n: XmlNode) => {
    for (const c of childrenOf(n)) {
      const tag = tagOf(c);
      if (tag === 'w:p') lines.push(paragraphText(c));
      else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || tag === 'w:sdt' || tag === 'w:sdtContent') walk(c);
    }
  };
  walk(tc);
  return tidyText(lines.join('\n'));
}

function readTable(tbl: XmlNode, index: number): TableBlock {
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
      const cell: Cell = { text: continues ? '' : cellText(tc), col, span };
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
  try {
    if (!readZipDirectory(bytes).some((e) => e.name === 'word/document.xml')) {
      throw new DocumentError({}, '这不是 Word 文档：缺少 word/document.xml', 'DOCUMENT_UNSUPPORTED');
    }
    // only the body is read; pictures and styles stay packed (their declared sizes are still checked)
    const [document] = await unzip(bytes, { wanted: (name) => name === 'word/document.xml' });
    xml = document!.data.toString('utf8');
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

  const blocks: Block[] = [];
  let tableIndex = 0;
  const walk = (n: XmlNode) => {
    for (const child of childrenOf(n)) {
      const tag = tagOf(child);
      if (tag === 'w:p') {
        const text = tidyText(paragraphText(child));
        // a paragraph may carry line breaks (w:br): each line is a paragraph of its own for the parser
        let first = isListItem(child);
        for (const line of text.split('\n')) {
          const t = line.trim();
          if (t === '') continue;
          blocks.push({ kind: 'paragraph', text: t, ...(first ? { listItem: true } : {}) });
          first = false;
        }
      } else if (tag === 'w:tbl') {
        blocks.push(readTable(child, ++tableIndex));
      } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') {
        walk(child);
      }
    }
  };
  walk(body);
  return { format: 'docx', blocks };
}
