import type { TGoalBook } from '../contract/goal-book.js';
import type { TImportedEvaluation } from '../contract/imported-evaluation.js';
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
  if (kind === 'json') return { kind: 'goal-book', book: await readGoalDocument(bytes, options) };
  return withDocumentSlot(async () => {
    const blocks = await readGoalDocumentBlocks(bytes, kind);
    if (isEvaluationDocument(blocks)) return { kind: 'evaluation', evaluation: parseEvaluationDocument(blocks, options) };
    return { kind: 'goal-book', book: parseGoalDocument(blocks, options) };
  });
}
