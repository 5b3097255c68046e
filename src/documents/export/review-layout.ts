import type { TReviewResult } from '../../contract/api/review-api.js';
import { SEVERITY_LABEL } from '../../core/review/types.js';
import { GridBuilder, safeSheetName, type DocumentLayout, type ParagraphLayout } from './layout.js';

/**
 * 审核意见表: the review a finance officer sends back to the unit — a summary, every finding with
 * its project, indicator, criterion, severity, problem and suggested fix, and the reviewers' comments.
 */
export function layoutReview(review: TReviewResult, projectNames: Map<string, string>): DocumentLayout {
  const taken = new Set<string>();
  const s = review.counts.bySeverity;
  const criteria = Object.entries(review.counts.byCriterion)
    .map(([c, n]) => `${c} ${n} 个`)
    .join('，');
  const before: ParagraphLayout[] = [
    { kind: 'paragraph', text: `${review.unit.name}${review.year}年度绩效目标审核意见表`, style: 'title' },
    {
      kind: 'paragraph',
      text: `单位：${review.unit.code}${review.unit.name}。共发现 ${review.findings.length} 个问题：错误 ${s.error ?? 0} 个、警告 ${s.warning ?? 0} 个、建议 ${s.suggestion ?? 0} 个${criteria ? `（${criteria}）` : ''}。“错误”须修改后再报送，“警告”请核实修改，“建议”供参考。`,
      style: 'body',
    },
  ];
  const g = new GridBuilder(7);
  g.row();
  for (const h of ['序号', '项目', '指标', '审核要点', '等级', '问题描述', '修改建议']) g.cell(h, 'header');
  review.findings.forEach((f, i) => {
    const project = f.projectCode ? `${f.projectCode}\n${projectNames.get(f.projectCode) ?? ''}` : '部门整体';
    g.row()
      .cell(String(i + 1), 'percent')
      .cell(project, 'text')
      .cell(f.indicator ?? '', 'text')
      .cell(f.criterion, 'label')
      .cell(SEVERITY_LABEL[f.severity as keyof typeof SEVERITY_LABEL], 'label')
      .cell(f.message, 'text')
      .cell(f.fix ? `${f.suggestion ?? ''}${f.suggestion ? '\n' : ''}建议改为：${f.fix.value}` : (f.suggestion ?? ''), 'text');
  });
  if (review.findings.length === 0) g.row().rest('未发现问题', 'text');
  const layout: DocumentLayout = [{ ...g.build(safeSheetName('审核意见', taken), '一、审核发现的问题', [6, 22, 20, 10, 8, 40, 34]), before }];

  const c = new GridBuilder(6);
  c.row();
  for (const h of ['序号', '项目', '指标', '审核意见', '提出人', '时间']) c.cell(h, 'header');
  review.comments.forEach((comment, i) => {
    c.row()
      .cell(String(i + 1), 'percent')
      .cell(comment.projectCode ? `${comment.projectCode}\n${projectNames.get(comment.projectCode) ?? ''}` : '部门整体', 'text')
      .cell(comment.indicator ?? '', 'text')
      .cell(comment.text, 'text')
      .cell(comment.authorName, 'text')
      .cell(comment.createdAt.slice(0, 10), 'text');
  });
  if (review.comments.length === 0) c.row().rest('暂无审核人员意见', 'text');
  layout.push(c.build(safeSheetName('审核人员意见', taken), '二、审核人员意见', [6, 22, 20, 50, 14, 12]));
  return layout;
}
