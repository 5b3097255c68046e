import { Skeleton } from 'antd';
import { useEffect } from 'react';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { wan } from '../../components/money';
import type { TEvaluation, TEvaluationProject } from '../../../../src/contract/api/evaluation-api';
import { actualText } from './evaluation-page';
import './print.css';

const pct = (r: number) => `${(Math.round(r * 10000) / 100).toFixed(2)}%`;

/** Runs of equal values as [start, length], for merged 一级/二级 cells. */
function spans<T>(items: T[], key: (x: T) => string): Map<number, number> {
  const out = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || key(items[i]!) !== key(items[start]!)) {
      out.set(start, i - start);
      start = i;
    }
  }
  return out;
}

function ProjectSheet({ e, p }: { e: TEvaluation; p: TEvaluationProject }) {
  const { t } = useI18n();
  const l1 = spans(p.indicators, (i) => i.level1);
  const l2 = spans(p.indicators, (i) => `${i.level1}|${i.level2}`);
  const onlyFiscal = p.budgetOther === 0;
  const money = (label: string, initial: number, inForce: number | null, spent: number | null, scored: boolean) => (
    <tr>
      <td colSpan={2}>{label}</td>
      <td className="num">{wan(initial)}</td>
      <td className="num">{inForce === null ? '—' : wan(inForce)}</td>
      <td className="num">{spent === null ? '—' : wan(spent)}</td>
      <td className="num">{scored ? p.executionWeight : '—'}</td>
      <td className="num">{scored ? pct(p.executionRate) : '—'}</td>
      <td className="num">{scored ? p.executionScore : '—'}</td>
    </tr>
  );
  return (
    <section className="sheet">
      <h1>{t('evaluation.printTitle')}</h1>
      <p className="sub">（{e.year}年度）　项目编码：{p.code}</p>
      <table>
        <colgroup>
          <col style={{ width: '9%' }} /><col style={{ width: '8%' }} /><col style={{ width: '9%' }} /><col style={{ width: '20%' }} /><col style={{ width: '10%' }} /><col style={{ width: '10%' }} /><col style={{ width: '6%' }} /><col style={{ width: '6%' }} /><col style={{ width: '22%' }} />
        </colgroup>
        <tbody>
          <tr><th>项目名称</th><td colSpan={8}>{p.name}</td></tr>
          <tr><th>主管部门</th><td colSpan={3}>{e.unit.name}</td><th>实施单位</th><td colSpan={4}>{e.unit.name}</td></tr>
          <tr><th rowSpan={5}>项目资金（万元）</th><th colSpan={2}></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>
          {money('年度资金总额', p.initialBudget, p.budget, p.spent, true)}
          {money('其中：当年财政拨款', p.budgetFiscal, onlyFiscal ? p.budget : null, onlyFiscal ? p.spent : null, false)}
          {money('上年结转资金', 0, onlyFiscal ? 0 : null, onlyFiscal ? 0 : null, false)}
          {money('其他资金', p.budgetOther, onlyFiscal ? 0 : null, onlyFiscal ? 0 : null, false)}
          <tr><th rowSpan={2}>年度总体目标</th><th colSpan={4}>预期目标</th><th colSpan={4}>实际完成情况</th></tr>
          <tr><td colSpan={4} className="pre">{p.goals.join('\n')}</td><td colSpan={4} className="pre">{p.actualResults}</td></tr>
          <tr><th rowSpan={p.indicators.length + 1}>绩效指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>
          {p.indicators.map((i, n) => (
            <tr key={i.id}>
              {l1.has(n) && <td rowSpan={l1.get(n)}>{i.level1}</td>}
              {l2.has(n) && <td rowSpan={l2.get(n)}>{i.level2}</td>}
              <td>{i.name}</td>
              <td>{i.target.raw}</td>
              <td>{actualText(i) ?? '缺失'}</td>
              <td className="num">{i.weight}</td>
              <td className="num">{i.score ?? '缺失'}</td>
              <td className="pre">{[i.deviation, i.differs ? `计算得分 ${i.computedScore}，签署理由：${i.signReason ?? ''}` : null].filter(Boolean).join('\n')}</td>
            </tr>
          ))}
          <tr><th colSpan={6}>总分</th><td className="num">100</td><td className="num">{p.total ?? '—'}</td><td>{p.grade ? `自评等级：${p.grade}` : ''}</td></tr>
        </tbody>
      </table>
      <div className="signatures">
        <span>{t('evaluation.signFiller')}</span>
        <span>{t('evaluation.signFinance')}</span>
        <span>{t('evaluation.signLeader')}</span>
        <span>{t('evaluation.signDate')}</span>
      </div>
    </section>
  );
}

/** The 自评表 for printing: A4 landscape, one project a page, no navigation, signature lines. */
export default function EvaluationPrintPage() {
  const { params } = useUnitYear();
  const report = useEndpoint('GET /api/units/:unitCode/years/:year/evaluation', params);
  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);
  if (report.error) return <ErrorAlert error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Skeleton active />;
  const e = report.data.evaluation;
  return (
    <div className="print-root">
      {e.projects.map((p) => (
        <ProjectSheet key={p.code} e={e} p={p} />
      ))}
    </div>
  );
}
