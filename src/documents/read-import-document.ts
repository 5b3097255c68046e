import type { TGoalBook } from '../contract/goal-book.js';
import { ZImportedEvaluation, type TImportedEvaluation } from '../contract/imported-evaluation.js';
import { withDocumentSlot } from './document-slots.js';
import { isEvaluationDocument, parseEvaluationDocument } from './evaluation/parse-evaluation-document.js';
import { parseGoalDocument, type ParseOptions } from './goal-document/parse-goal-document.js';
import { detectGoalDocumentKind, readGoalDocument, readGoalDocumentBlocks } from './read-goal-document.js';

/**
 * Any document `jixiao import` accepts: a goal document (goal book) or a self-evaluation table
 * (自评表), told apart by what its tables say — an indicator header with 实际完成值, or a 自评表 title.
 */
export type ImportedDocument = { kind: 'goal-book'; book: TGoalBook } | { kind: 'evaluation'; evaluation: TImportedEvaluation };

export async function readImportDocument(bytes: Uint8Array, options: ParseOptions = {}): Promise<ImportedDocument> {
  const kind = await detectGoalDocumentKind(bytes);
  if (kind === 'json') {
    // the JSON `import --dry-run --json` printed for a 自评表 imports back as that evaluation
    const evaluation = ZImportedEvaluation.safeParse(parseJsonLoosely(bytes));
    if (evaluation.success) return { kind: 'evaluation', evaluation: options.year !== undefined ? { ...evaluation.data, year: options.year } : evaluation.data };
    return { kind: 'goal-book', book: await readGoalDocument(bytes, options) };
  }
  return withDocumentSlot(async () => {
    const blocks = await readGoalDocumentBlocks(bytes, kind);
    if (isEvaluationDocument(blocks)) return { kind: 'evaluation', evaluation: parseEvaluationDocument(blocks, options) };
    return { kind: 'goal-book', book: parseGoalDocument(blocks, options) };
  });
}

/** The JSON value of the bytes, or undefined when they are not JSON (the goal-book reader then says why). */
function parseJsonLoosely(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
