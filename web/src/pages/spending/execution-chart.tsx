import { useMemo } from 'react';
import { StepVsLine } from '../../components/charts';
import { useI18n } from '../../i18n/i18n';
import { daysInYear, dayOfYear } from '../../../../src/core/dates';
import type { TExecution } from '../../../../src/contract/api/spending-api';
import { actualSeries, MONTHS, monthStartDays, planSteps, plainPercent, ratePercent, type MonthEndViews, type Pick } from './execution-series';

/** Cumulative execution of one project or the department: plan steps, actual line, projection, as-of marker. */
export function ExecutionChart({ views, pick, current, asOf, year, title, height }: { views: MonthEndViews; pick: Pick; current: TExecution; asOf: string; year: number; title: string; height?: number }) {
  const { t, lang } = useI18n();
  const monthLabels = useMemo(() => {
    const format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { month: 'short', timeZone: 'UTC' });
    return MONTHS.map((m) => format.format(new Date(Date.UTC(year, m - 1, 15))));
  }, [lang, year]);
  const steps = planSteps(views, pick, year).map((s) => ({ ...s, label: t('spending.chart.planPoint', { month: s.month, planned: plainPercent(s.value) }) }));
  const { line, projection } = actualSeries(views, pick, current, asOf, year);
  const labelled = line.map((p, i) => ({
    ...p,
    label: i === line.length - 1 ? t('spending.chart.asOfPoint', { asOf, rate: plainPercent(p.value) }) : t('spending.chart.actualPoint', { month: i, rate: plainPercent(p.value) }),
  }));
  const description = t('spending.chart.description', {
    asOf,
    rate: ratePercent(current.executionRate),
    planned: plainPercent(current.plannedPercent),
    steps: steps.map((s) => t('spending.chart.planPoint', { month: s.month, planned: plainPercent(s.value) })).join('，') || t('common.none'),
  });
  return (
    <StepVsLine
      title={title}
      description={description}
      steps={steps}
      line={labelled}
      projection={projection}
      daysInYear={daysInYear(year)}
      monthStarts={monthStartDays(year)}
      monthLabels={monthLabels}
      today={dayOfYear(asOf)}
      todayLabel={t('spending.chart.asOf', { asOf: asOf.slice(5) })}
      height={height}
      legend={{ plan: t('spending.chart.plan'), actual: t('spending.chart.actual'), projection: t('spending.chart.projection') }}
    />
  );
}
