import { ZGoalBook, type TGoalBook } from '../contract/goal-book.js';
import { DocumentError } from '../core/errors.js';
import type { BlockDocument } from './blocks.js';
import { withDocumentSlot } from './document-slots.js';
import { readDocxBlocks } from './docx/read-docx-blocks.js';
import { parseGoalDocument, type ParseOptions } from './goal-document/parse-goal-document.js';
import { isEvaluationDocument } from './evaluation/parse-evaluation-document.js';
import { readTextBlocks } from './text/read-text-blocks.js';
import { readXlsxBlocks } from './xlsx/read-xlsx-blocks.js';
import { CorruptZipError, readZipDirectory } from './zip/safe-unzip.js';

/**
 * Any goal document → goal book. The file's type is decided by its bytes, not its name: Word and
 * Excel are zip packages told apart by their parts; JSON is the interchange format; anything else
 * must decode as text (UTF-8, or GB18030 as older Chinese tools write). Every failure is a
 * DocumentError in Chinese that says what is wrong and where.
 */

export type GoalDocumentKind = 'docx' | 'xlsx' | 'text' | 'json';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Word or Excel, told by the package's directory alone (nothing inflated; sizes checked). */
function zipKind(bytes: Uint8Array): 'docx' | 'xlsx' {
  let names: Set<string>;
  try {
    names = new Set(readZipDirectory(bytes).map((e) => e.name));
  } catch (error) {
    if (error instanceof CorruptZipError) throw new DocumentError({}, '文件已损坏或不完整：它像是 Word/Excel 文件，但无法解压', 'DOCUMENT_GARBLED');
    throw error;
  }
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  throw new DocumentError({}, '不支持的文件类型：这是一个 zip 包，但既不是 Word（.docx）也不是 Excel（.xlsx）', 'DOCUMENT_UNSUPPORTED');
}

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new DocumentError({}, '文件内容无法识别：既不是 UTF-8 也不是 GBK 编码的文本，可能是乱码或损坏的文件', 'DOCUMENT_GARBLED');
    }
  }
  const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > Math.max(3, text.length * 0.01)) {
    throw new DocumentError({}, '文件内容无法识别：包含大量乱码或二进制数据，请确认上传的是绩效目标文档', 'DOCUMENT_GARBLED');
  }
  return text;
}

export async function detectGoalDocumentKind(bytes: Uint8Array): Promise<GoalDocumentKind> {
  if (bytes.length === 0) throw new DocumentError({}, { zh: '文件为空', en: 'The file is empty' }, 'DOCUMENT_EMPTY');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DocumentError({}, { zh: '不支持旧版 Word/Excel 格式（.doc/.xls）：请在 Word 或 WPS 中另存为 .docx 或 .xlsx 后再上传', en: 'The old Word/Excel formats (.doc/.xls) are not supported: save as .docx or .xlsx in Word or WPS, then upload' }, 'DOCUMENT_UNSUPPORTED');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new DocumentError({}, { zh: '不支持 PDF：请上传 Word（.docx）、Excel（.xlsx）或文本（.txt）格式的绩效目标', en: 'PDF is not supported: upload the goals as Word (.docx), Excel (.xlsx) or text (.txt)' }, 'DOCUMENT_UNSUPPORTED');
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) {
    throw new DocumentError({}, { zh: '不支持图片：请上传 Word（.docx）、Excel（.xlsx）或文本（.txt）格式的绩效目标', en: 'Images are not supported: upload the goals as Word (.docx), Excel (.xlsx) or text (.txt)' }, 'DOCUMENT_UNSUPPORTED');
  }
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') ? 'json' : 'text';
}

function readJsonGoalBook(bytes: Uint8Array): TGoalBook {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes));
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError({}, `JSON 格式错误：${(error as Error).message}`, 'DOCUMENT_INVALID');
  }
  const parsed = ZGoalBook.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DocumentError({ field: issue.path.join('.') }, `不符合绩效目标交换格式：${issue.message}`, 'DOCUMENT_INVALID');
  }
  return parsed.data;
}

export async function readGoalDocumentBlocks(bytes: Uint8Array, kind: Exclude<GoalDocumentKind, 'json'>): Promise<BlockDocument> {
  if (kind === 'docx') return readDocxBlocks(bytes);
  if (kind === 'xlsx') return readXlsxBlocks(bytes);
  const text = decodeText(bytes);
  if (text.trim() === '') throw new DocumentError({}, { zh: '文件为空', en: 'The file is empty' }, 'DOCUMENT_EMPTY');
  return readTextBlocks(text);
}

export function readGoalDocument(bytes: Uint8Array, options: ParseOptions = {}): Promise<TGoalBook> {
  return withDocumentSlot(async () => {
    const kind = await detectGoalDocumentKind(bytes);
    if (kind === 'json') {
      const book = readJsonGoalBook(bytes);
      return options.year !== undefined ? { ...book, year: options.year } : book;
    }
    const blocks = await readGoalDocumentBlocks(bytes, kind);
    if (isEvaluationDocument(blocks)) {
      throw new DocumentError(
        {},
        {
          zh: '这是绩效自评表（有“实际完成值/得分”等栏目），不是绩效目标申报表：请用命令 npx jixiao import 文件 导入为该单位该年度的历史自评',
          en: 'This is a self-evaluation table (it has columns such as 实际完成值/得分), not a goal document: import it with npx jixiao import FILE as the unit-year’s evaluation history',
        },
        'DOCUMENT_INVALID',
      );
    }
    return parseGoalDocument(blocks, options);
  });
}
