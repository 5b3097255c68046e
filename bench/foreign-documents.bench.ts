import ExcelJS from 'exceljs';
import { PGlite } from '@electric-sql/pglite';
import { readGoalDocument } from '../src/documents/read-goal-document.js';
import { importGoalBook } from '../src/app/goal-book/import-goal-book.js';
import { openDatabase } from '../src/db/client.js';
import { median } from './harness.js';

/**
 * Issue "goal and self-evaluation documents as other people lay them out": a budget system's flat
 * export — 50 projects in one table, each starting with its 项目名称 row, the header only above the
 * first, 7 indicators each with the target split over 指标方向/指标值/度量单位 (aim ≤ 500 ms).
 */
const PROJECTS = 50;

function flatRows(): (string | number)[][] {
  const rows: (string | number)[][] = [['2024年度项目支出绩效目标表'], ['预算单位：[776001]某县卫生健康局', '', '', '', '', '金额单位：元']];
  rows.push(['一级指标', '二级指标', '三级指标', '指标方向', '指标值', '度量单位', '分值']);
  for (let p = 1; p <= PROJECTS; p++) {
    rows.push(['项目名称', `项目${p}`, '项目编码', `WJ-2024-${String(p).padStart(3, '0')}`]);
    rows.push(['年初预算数', `${(p * 12_345.67).toFixed(2)}`]);
    rows.push(['产出指标', '数量指标', `服务人次${p}`, '大于等于', 1000 + p, '人次', 20]);
    rows.push(['产出指标', '数量指标', `覆盖村数${p}`, '大于等于', 10 + p, '个', 10]);
    rows.push(['产出指标', '质量指标', `合格率${p}`, '等于', 100, '%', 10]);
    rows.push(['产出指标', '成本指标', `人均成本${p}`, '小于等于', 80, '元', 10]);
    rows.push(['效益指标', '社会效益指标', `知晓率${p}`, '大于等于', 90, '%', 20]);
    rows.push(['效益指标', '可持续影响指标', `长效机制${p}`, '', '持续发挥作用', '', 20]);
    rows.push(['满意度指标', '服务对象满意度指标', `满意度${p}`, '大于等于', 90, '%', 10]);
  }
  return rows;
}

export default async function foreignDocumentsBench(): Promise<void> {
  const rows = flatRows();
  const text = Buffer.from(rows.map((r) => r.join('\t')).join('\n'), 'utf8');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  for (const r of rows) ws.addRow(r);
  ws.mergeCells('A1:G1');
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

  const book = await readGoalDocument(xlsx);
  if (book.projects.length !== PROJECTS || book.projects.some((p) => p.indicators.length !== 7)) throw new Error('the flat table was not read whole');
  await median(`parse a ${PROJECTS}-project flat table (.xlsx)`, 15, () => readGoalDocument(xlsx), { aim: '≤ 500 ms' });
  await median(`parse a ${PROJECTS}-project flat table (tab-separated text)`, 15, () => readGoalDocument(text), { aim: '≤ 500 ms' });

  const client = await PGlite.create();
  const database = await openDatabase({ pglite: client });
  const dump = await client.dumpDataDir('none');
  await database.close();
  const actor = { userId: null, name: 'bench' };
  const databases = await Promise.all(Array.from({ length: 7 }, async () => openDatabase({ pglite: await PGlite.create({ loadDataDir: dump }), migrate: false })));
  let i = 0;
  await median(`parse and import it into an empty PGlite database (.xlsx)`, 5, async () => importGoalBook({ db: databases[i++]!.db, book: await readGoalDocument(xlsx), actor }), { aim: '≤ 500 ms parse', warmup: 2 });
  await Promise.all(databases.map((d) => d.close()));
}
