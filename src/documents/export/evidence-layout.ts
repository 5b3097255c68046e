import type { TEvidenceFile } from '../../contract/api/registers-api.js';
import { GridBuilder, safeSheetName, type GridLayout } from './layout.js';

/**
 * 佐证材料清单: the evidence files attached to a report's lines, listed after the report's tables (a
 * sheet of the .xlsx, a section of the .docx) — the files themselves stay in jixiao, the document says
 * which exist, so a reader of the printed report knows what backs each line. Lines in the report's
 * order, files oldest first; a file whose indicator is no longer on the report is still listed.
 */

export const EVIDENCE_HEADERS = ['序号', '项目', '指标', '文件名称', '大小', '上传人', '上传时间'];

/** A report line the files may belong to. */
export interface EvidenceLine {
  indicatorId: number;
  project: string;
  indicator: string;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** An ISO instant as Beijing time to the minute (the county works in China time whatever the server's zone). */
export const chinaMinute = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function evidenceGrid(lines: readonly EvidenceLine[], files: readonly TEvidenceFile[], taken: Set<string>): GridLayout {
  const g = new GridBuilder(EVIDENCE_HEADERS.length);
  g.row();
  for (const h of EVIDENCE_HEADERS) g.cell(h, 'header');
  const order = new Map(lines.map((l, n) => [l.indicatorId, n]));
  const at = (f: TEvidenceFile) => (f.indicatorId === null ? undefined : order.get(f.indicatorId)) ?? lines.length;
  const sorted = [...files].sort((a, b) => at(a) - at(b) || a.uploadedAt.localeCompare(b.uploadedAt) || a.id - b.id);
  sorted.forEach((f, n) => {
    const line = lines[at(f)];
    g.row()
      .cell(String(n + 1), 'value')
      .cell(line?.project ?? '—', 'text')
      .cell(line?.indicator ?? '（该指标已不在报告中）', 'text')
      .cell(f.fileName, 'text')
      .cell(sizeText(f.size), 'value')
      .cell(f.uploadedByName, 'text')
      .cell(chinaMinute(f.uploadedAt), 'value');
  });
  if (files.length === 0) g.row().rest('本报告各指标均未附佐证材料', 'text');
  return g.build(safeSheetName('佐证材料', taken), `佐证材料清单（共 ${files.length} 个文件）`, [6, 22, 26, 30, 10, 12, 16]);
}
