/**
 * Errors with stable codes. Core and use-cases throw `DomainError(code, { zh, en })`; one table in the
 * API maps codes to HTTP statuses, and the errors plugin answers in the language the request asks for
 * (`Accept-Language`; the web sends the language the user chose). `message` is the Chinese sentence a
 * user reads in the CLI, already saying what is wrong and where; `messageEn` the same in English.
 * (`test/api/messages.test.ts` refuses a `new DomainError(` given a bare string literal.)
 */

export const ERROR_STATUS = {
  DOCUMENT_EMPTY: 422,
  DOCUMENT_UNSUPPORTED: 415,
  DOCUMENT_GARBLED: 422,
  DOCUMENT_INVALID: 422,
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  BUDGET_EXCEEDED: 422,
  DATA_DIR_LOCKED: 409,
  SETUP_DONE: 409,
  INVALID_STATE: 409,
  /** stored data cannot be opened with the key this server has (a restore without its key): an operator's fix */
  KEY_MISMATCH: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Where in a document a problem was found; every part that is known is filled in. */
export interface DocumentLocation {
  /** the uploaded file's name, when the message names it */
  file?: string;
  /** table number among the document's tables (1-based) */
  table?: number;
  /** the table's title as written, e.g. 法律援助绩效目标表 */
  tableTitle?: string;
  sheet?: string;
  row?: number;
  column?: number;
  /** the field the column holds, e.g. 预算数 */
  field?: string;
  /** line of an extracted-text document */
  line?: number;
}

/** A sentence a user reads, in Chinese (the product's first language) and English. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  /** the English sentence (`message` is always the Chinese one); undefined only where a caller passed a computed string */
  readonly messageEn: string | undefined;

  constructor(code: ErrorCode, message: string | LocalizedText, details?: Record<string, unknown>) {
    super(typeof message === 'string' ? message : message.zh);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
    this.messageEn = typeof message === 'string' ? undefined : message.en;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The message in a language, falling back to Chinese where no English was given. */
  messageIn(lang: 'zh' | 'en'): string {
    return lang === 'en' ? (this.messageEn ?? this.message) : this.message;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** 1 → A, 27 → AA: columns as Excel and WPS show them. */
export const COLUMN_LETTERS = (n: number): string => {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
};

/** "工作表“项目1”第5行C列（预算数）" / "表3《基层司法绩效目标表》第5行第3列（预算数），文本第318行" */
export function describeLocation(loc: DocumentLocation): string {
  const parts: string[] = [];
  if (loc.file !== undefined) parts.push(`《${loc.file}》`);
  if (loc.sheet !== undefined) parts.push(`工作表“${loc.sheet}”`);
  else if (loc.table !== undefined) parts.push(`表${loc.table}${loc.tableTitle ? `《${loc.tableTitle}》` : ''}`);
  else if (loc.tableTitle) parts.push(`《${loc.tableTitle}》`);
  if (loc.row !== undefined) parts.push(`第${loc.row}行`);
  if (loc.column !== undefined) parts.push(loc.sheet !== undefined ? `${COLUMN_LETTERS(loc.column)}列` : `第${loc.column}列`);
  if (loc.field) parts.push(`（${loc.field}）`);
  let text = parts.join('');
  if (loc.line !== undefined) text += `${text ? '，' : ''}文本第${loc.line}行`;
  return text || '文档';
}

/** The same place in English: "sheet “项目1”, row 5, column C (预算数)"; titles and field names stay as the document writes them. */
export function describeLocationEn(loc: DocumentLocation): string {
  const parts: string[] = [];
  if (loc.file !== undefined) parts.push(`file “${loc.file}”`);
  if (loc.sheet !== undefined) parts.push(`sheet “${loc.sheet}”`);
  else if (loc.table !== undefined) parts.push(`table ${loc.table}${loc.tableTitle ? ` “${loc.tableTitle}”` : ''}`);
  else if (loc.tableTitle) parts.push(`“${loc.tableTitle}”`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column !== undefined) parts.push(`column ${loc.sheet !== undefined ? COLUMN_LETTERS(loc.column) : loc.column}`);
  let text = parts.join(', ');
  if (loc.field) text += `${text ? ' ' : ''}(${loc.field})`;
  if (loc.line !== undefined) text += `${text ? ', ' : ''}text line ${loc.line}`;
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'The document';
}

/** A problem found in a document, named by its place (table, row, column, field) in both languages. */
export class DocumentError extends DomainError {
  readonly location: DocumentLocation;
  /** what is wrong, without the place */
  readonly problem: LocalizedText;

  constructor(location: DocumentLocation, problem: string | LocalizedText, code: ErrorCode = 'DOCUMENT_INVALID') {
    const text = typeof problem === 'string' ? { zh: problem, en: problem } : problem;
    super(code, { zh: `${describeLocation(location)}：${text.zh}`, en: `${describeLocationEn(location)}: ${text.en}` }, { location, problem: text.zh });
    this.location = location;
    this.problem = text;
  }
}
