import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Empty, List, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { wan } from '../../components/money';
import { chinaDate, isIsoDate, monthEnd, yearOf } from '../../../../src/core/dates';
import type { TBudgetRevisionView, TSpendingView } from '../../../../src/contract/api/spending-api';
import { LightTag } from './light-tag';
import { ExecutionChart } from './execution-chart';
import { BudgetRevisionModal, RevisionHistory } from './budget-revision-modal';
import { SpendingSettingsModal } from './spending-settings-modal';
import { useMonthEndViews } from './use-month-end-views';
import { defaultAsOf, milestoneAt, planSteps, plainPercent, ratePercent, shortfallYuan, signedPoints, type Pick } from './execution-series';

type ProjectExecution = TSpendingView['projects'][number];

const byCode =
  (code: string): Pick =>
  (view) =>
    view.projects.find((p) => p.code === code);
const department: Pick = (view) => view.total;

/** a column title with its unit on a second line, so headers wrap where they should */
const head = (label: string, unit: string) => (
  <span>
    {label}
    <br />
    <span style={{ fontSize: 12, fontWeight: 400, color: '#8c8c8c' }}>（{unit}）</span>
  </span>
);

const gapColor = (points: number) => (points < 0 ? '#cf1322' : '#389e0d');

/** One project's chart, figures and budget revisions, shown when its row is expanded. */
function ProjectDetail({ project: p, views, asOf, year, base, revisions }: { project: ProjectExecution; views: TSpendingView[] | undefined; asOf: string; year: number; base: string; revisions: TBudgetRevisionView[] }) {
  const { t } = useI18n();
  const shortfall = shortfallYuan(p);
  return (
    <Row gutter={[24, 12]} style={{ padding: '4px 8px' }}>
      <Col xs={24} xl={15}>
        {views ? <ExecutionChart views={views} pick={byCode(p.code)} current={p} asOf={asOf} year={year} title={t('spending.chart.project', { name: p.name })} height={210} /> : <Skeleton active />}
      </Col>
      <Col xs={24} xl={9}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'budget', label: t('spending.budget'), children: `${wan(p.budget)} ${t('unit.wan')}` },
            { key: 'initial', label: t('spending.initialBudget'), children: `${wan(p.initialBudget)} ${t('unit.wan')}` },
            { key: 'spent', label: t('spending.spent'), children: `${wan(p.spent)} ${t('unit.wan')}（${ratePercent(p.executionRate)}）` },
            { key: 'planned', label: t('spending.planned'), children: plainPercent(p.plannedPercent) },
            { key: 'shortfall', label: t('spending.shortfall'), children: shortfall > 0 ? `${wan(shortfall)} ${t('unit.wan')}` : t('spending.onPlan') },
            { key: 'projected', label: t('spending.projected'), children: `${wan(p.projectedYearEnd)} ${t('unit.wan')}` },
          ]}
        />
        <div style={{ marginTop: 8 }}>
          <Link to={`${base}/payments?project=${encodeURIComponent(p.code)}`}>{t('spending.viewPayments')} →</Link>
        </div>
      </Col>
      <Col span={24}>
        <Typography.Text strong>{t('spending.revision.history')}</Typography.Text>
        {revisions.length > 0 ? <RevisionHistory revisions={revisions} /> : <Typography.Text type="secondary">：{t('spending.revision.none')}</Typography.Text>}
      </Col>
    </Row>
  );
}

/**
 * 预算执行: where each project and the department stand against the 资金支出计划 on a date — figures,
 * cumulative charts, a table sortable by gap, alerts for projects behind the milestone in force — with
 * budget revisions for finance and the overspend/light settings for those who may change them.
 */
export default function SpendingPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const { year, base, apiBase, params: unitYear } = useUnitYear();
  const [params, setParams] = useSearchParams();
  const requested = params.get('asOf');
  const asOf = requested && isIsoDate(requested) && yearOf(requested) === year ? requested : defaultAsOf(year, chinaDate(new Date()));
  const view = useEndpoint('GET /api/units/:unitCode/years/:year/spending', unitYear, { asOf });
  const months = useMonthEndViews(apiBase, year);
  const revisions = useEndpoint('GET /api/units/:unitCode/years/:year/budget-revisions', unitYear);
  const [revising, setRevising] = useState<ProjectExecution | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const overview = useEndpoint('GET /api/units/:unitCode/years/:year/overview', revising ? unitYear : null);
  const mayRevise = can('spending.write');

  const departmentSteps = useMemo(() => planSteps(months.views, department, year), [months.views, year]);

  if (view.error) {
    return view.error.status === 404 ? (
      <Empty description={view.error.message}>
        {can('goalBook.write') && (
          <Link to="/import">
            <Button type="primary">{t('overview.importNow')}</Button>
          </Link>
        )}
      </Empty>
    ) : (
      <ErrorAlert error={view.error} onRetry={view.reload} />
    );
  }
  const v = view.data;
  if (!v) return <Skeleton active />;
  const total = v.total;
  const thresholds = v.settings.lightThresholds;
  const initialTotal = v.projects.reduce((sum, p) => sum + Math.round(p.initialBudget * 100), 0) / 100;
  const behind = v.projects.filter((p) => p.light !== 'green' && p.plannedPercent > 0).sort((a, b) => a.gapPoints - b.gapPoints);
  const beforeFirstMilestone = v.projects.every((p) => p.plannedPercent === 0);

  const reloadAll = async () => {
    await Promise.all([view.reload(), months.reload(), revisions.reload()]);
  };

  const revised = async (warning?: string) => {
    setRevising(null);
    if (warning) modal.warning({ title: t('spending.revision.warningTitle'), content: warning });
    else message.success(t('spending.revision.saved'));
    await reloadAll();
  };

  const presets = [
    ...(yearOf(chinaDate(new Date())) === year ? [{ label: t('spending.asOf.today'), value: dayjs(chinaDate(new Date())) }] : []),
    ...departmentSteps.map((s) => ({ label: t('spending.asOf.monthEnd', { month: s.month }), value: dayjs(monthEnd(year, s.month)) })),
  ];

  const revisionsOf = (code: string) => (revisions.data ?? []).filter((r) => r.projectCode === code);
  const split = (() => {
    if (!revising) return null;
    const inForce = revisionsOf(revising.code).find((r) => r.effectiveOn <= asOf);
    if (inForce) return { fiscal: inForce.fiscal, other: inForce.other };
    const initial = overview.data?.projects.find((p) => p.code === revising.code)?.budget;
    return initial ? { fiscal: initial.fiscal, other: initial.other } : null;
  })();

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('spending.title', { unit: v.unit.name, year })}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="spending-settings">
            {t('spending.settings.summary', { mode: t(`spending.mode.${v.settings.overspendMode}`), yellow: thresholds.yellow, green: thresholds.green })}
          </Typography.Text>
        </div>
        <Space wrap>
          <span>{t('spending.asOf.label')}</span>
          <DatePicker
            aria-label={t('spending.asOf.label')}
            value={dayjs(asOf)}
            allowClear={false}
            presets={presets}
            disabledDate={(d) => d.year() !== year}
            onChange={(d) => d && setParams({ asOf: d.format('YYYY-MM-DD') })}
            style={{ width: 150 }}
          />
          {can('settings.write') && (
            <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
              {t('spending.settings.title')}
            </Button>
          )}
        </Space>
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title={t('spending.budget')} value={wan(total.budget)} suffix={t('unit.wan')} />
            <Typography.Text type="secondary">
              {t('spending.initialBudget')} {wan(initialTotal)} ${t('unit.wan')} · {t('spending.projectCount', { n: v.projects.length })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title={t('spending.spent')} value={wan(total.spent)} suffix={t('unit.wan')} />
            <Typography.Text type="secondary">{t('spending.asOfDate', { asOf })}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title={t('spending.rate')} value={ratePercent(total.executionRate)} />
            <Space size={8} wrap>
              <LightTag light={total.light} />
              <Typography.Text type="secondary">
                {t('spending.plannedVs', { planned: plainPercent(total.plannedPercent) })} ·{' '}
                <span style={{ color: gapColor(total.gapPoints) }}>{t('spending.gapText', { points: signedPoints(total.gapPoints) })}</span>
              </Typography.Text>
            </Space>
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title={t('spending.projected')} value={wan(total.projectedYearEnd)} suffix={t('unit.wan')} />
            <Typography.Text type="secondary">{t('spending.projectedRate', { rate: total.budget > 0 ? ratePercent(total.projectedYearEnd / total.budget) : '—' })}</Typography.Text>
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('spending.chart.department')} style={{ height: '100%' }}>
            {months.error ? <ErrorAlert error={months.error} onRetry={months.reload} /> : null}
            {months.views ? <ExecutionChart views={months.views} pick={department} current={total} asOf={asOf} year={year} title={t('spending.chart.department')} /> : <Skeleton active />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={behind.length > 0 ? t('spending.alerts.title', { n: behind.length }) : t('spending.alerts.titleNone')} style={{ height: '100%' }} styles={{ body: { maxHeight: 360, overflowY: 'auto' } }}>
            {beforeFirstMilestone ? (
              <Alert type="info" showIcon title={t('spending.alerts.beforeFirst', { asOf })} />
            ) : behind.length === 0 ? (
              <Alert type="success" showIcon title={t('spending.alerts.none', { asOf })} />
            ) : (
              <List
                size="small"
                dataSource={behind}
                renderItem={(p) => {
                  const milestone = milestoneAt(planSteps(months.views, byCode(p.code), year), asOf, year);
                  return (
                    <List.Item data-testid="behind-plan" style={{ alignItems: 'flex-start', paddingInline: 0 }}>
                      <Space align="start" size={8}>
                        <LightTag light={p.light} />
                        <div>
                          <Typography.Text strong>{p.name}</Typography.Text> <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.code}</Typography.Text>
                          <div>
                            {t('spending.alerts.text', {
                              milestone: milestone ? t('spending.asOf.monthEnd', { month: milestone.month }) : t('spending.alerts.currentMilestone'),
                              planned: plainPercent(p.plannedPercent),
                              rate: ratePercent(p.executionRate),
                              points: Math.abs(p.gapPoints).toFixed(2),
                              money: wan(shortfallYuan(p)),
                            })}
                          </div>
                        </div>
                      </Space>
                    </List.Item>
                  );
                }}
              />
            )}
          </Card>
        </Col>
      </Row>

      <Card title={t('spending.table.title')} extra={<Typography.Text type="secondary">{t('spending.table.hint')}</Typography.Text>}>
        <Table
          rowKey="code"
          size="middle"
          loading={view.loading}
          pagination={false}
          dataSource={v.projects}
          scroll={{ x: 1060 }}
          expandable={{
            expandRowByClick: true,
            expandedRowRender: (p) => <ProjectDetail project={p} views={months.views} asOf={asOf} year={year} base={base} revisions={revisionsOf(p.code)} />,
          }}
          columns={[
            { title: t('spending.light'), dataIndex: 'light', width: 76, render: (light: ProjectExecution['light']) => <LightTag light={light} /> },
            {
              title: t('project.name'),
              dataIndex: 'name',
              render: (name: string, p) => (
                <div>
                  <div>{name}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.code}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: head(t('spending.budget'), t('unit.wan')),
              dataIndex: 'budget',
              align: 'right',
              width: 116,
              sorter: (a, b) => a.budget - b.budget,
              render: (budget: number, p) => (
                <div>
                  <div>{wan(budget)}</div>
                  {Math.round(budget * 100) !== Math.round(p.initialBudget * 100) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('spending.initialShort')} {wan(p.initialBudget)}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            { title: head(t('spending.spent'), t('unit.wan')), dataIndex: 'spent', align: 'right', width: 100, render: (spent: number) => wan(spent) },
            { title: t('spending.rate'), dataIndex: 'executionRate', align: 'right', width: 112, sorter: (a, b) => a.executionRate - b.executionRate, render: (rate: number) => ratePercent(rate) },
            { title: t('spending.planned'), dataIndex: 'plannedPercent', align: 'right', width: 86, render: (planned: number) => plainPercent(planned) },
            {
              title: head(t('spending.gap'), t('spending.points')),
              dataIndex: 'gapPoints',
              align: 'right',
              width: 100,
              defaultSortOrder: 'ascend',
              sorter: (a, b) => a.gapPoints - b.gapPoints,
              render: (points: number) => <span style={{ color: gapColor(points) }}>{signedPoints(points)}</span>,
            },
            { title: head(t('spending.projected'), t('unit.wan')), dataIndex: 'projectedYearEnd', align: 'right', width: 124, render: (projected: number) => wan(projected) },
            ...(mayRevise
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 92,
                    render: (_: unknown, p: ProjectExecution) => (
                      <Button
                        type="link"
                        size="small"
                        onClick={(e) => {
                          e.stopPropagation();
                          setRevising(p);
                        }}
                      >
                        {t('spending.revision.title')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Space>
                  {t('common.total')}
                  <LightTag light={total.light} />
                </Space>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {wan(total.budget)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {wan(total.spent)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {ratePercent(total.executionRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {plainPercent(total.plannedPercent)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <span style={{ color: gapColor(total.gapPoints) }}>{signedPoints(total.gapPoints)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                {wan(total.projectedYearEnd)}
              </Table.Summary.Cell>
              {mayRevise && <Table.Summary.Cell index={9} />}
            </Table.Summary.Row>
          )}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('spending.table.note', { yellow: thresholds.yellow, green: thresholds.green })}
        </Typography.Paragraph>
      </Card>

      {revising && (
        <BudgetRevisionModal
          open
          project={revising}
          year={year}
          defaultDate={asOf}
          revisions={revisionsOf(revising.code)}
          split={split}
          url={`${apiBase}/budget-revisions`}
          onClose={() => setRevising(null)}
          onSaved={(warning) => void revised(warning)}
        />
      )}
      <SpendingSettingsModal
        open={settingsOpen}
        settings={v.settings}
        url={`${apiBase}/settings/spending`}
        onClose={() => setSettingsOpen(false)}
        onSaved={() => {
          setSettingsOpen(false);
          message.success(t('common.saved'));
          void reloadAll();
        }}
      />
    </Space>
  );
}
