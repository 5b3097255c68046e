/**
 * Text whose cell boundaries are gone: a whole table joined into one line by spaces, or its cells run
 * together without separators ("一级指标二级指标三级指标指标值产出指标…"). Such a line names several
 * column labels at once; which words belong to which cell cannot be recovered, so the parser never
 * guesses a table from it.
 */

const LABELS = ['一级指标', '二级指标', '三级指标', '指标值', '项目名称', '项目编码', '预算数', '绩效指标描述', '实际完成值', '得分'];

/** The column labels a single line runs together, when there are at least three of them. */
export function runTogetherLabels(text: string): string[] | undefined {
  const flat = text.normalize('NFKC').replace(/\s+/g, '');
  if (flat.length < 12) return undefined;
  const found = LABELS.filter((label) => flat.includes(label));
  // 指标值 is inside 年度指标值 and 一级指标 etc. are not inside each other: count distinct labels
  return found.length >= 3 ? found : undefined;
}

export const LOST_STRUCTURE_ADVICE = {
  zh: '请上传原始的 Word（.docx）或 Excel（.xlsx）文件，或从 Word 另存为保留表格的文本',
  en: 'upload the original Word (.docx) or Excel (.xlsx) file instead',
};
