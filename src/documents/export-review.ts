import type { TReviewResult } from '../contract/api/review-api.js';
import { writeDocx } from './docx/write-docx.js';
import { layoutReview } from './export/review-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

/** The 审核意见表 as .xlsx or .docx. */
export async function exportReview(review: TReviewResult, projectNames: Map<string, string>, format: 'xlsx' | 'docx'): Promise<Buffer> {
  const layout = layoutReview(review, projectNames);
  return format === 'xlsx' ? writeXlsx(layout) : writeDocx(layout);
}

export const reviewFileName = (review: Pick<TReviewResult, 'unit' | 'year'>, format: 'xlsx' | 'docx') => `${review.unit.code}${review.unit.name}-${review.year}年度绩效目标审核意见表.${format}`;
