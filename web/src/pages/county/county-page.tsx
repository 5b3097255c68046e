import { Button, Card, Col, DatePicker, Input, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { HorizontalBars } from '../../components/charts';
import { wan } from '../../components/money';
import { chinaDate, isIsoDate, yearOf } from '../../../../src/core/dates';
import type { TCountyUnit } from '../../../../src/contract/api/county-api';
import { LightTag } from '../spending/light-tag';
import { defaultAsOf, plainPercent, ratePercent } from '../spending/execution-series';

const LIGHT_COLORS = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' } as const;
type Report = TCountyUnit['reports']['monitoring'];

/**
 * 汇总看板: every unit under the unit in the URL (within the reader's data scope) with its budget,
 * spending against the plan step, indicator lights, report states and review findings — sortable and filterable, two
 * charts, the table as .xlsx; a unit's code opens its own indicator board (project → indicator →
 * records, within the reader's scope).
 */
export default function CountyPage() {
  const { t } = useI18n();
  const { unitCode, year } = useUnitYear();
  const [params, setParams] = useSearchParams();
  const requested = params.get('asOf');
  const asOf = requested && isIsoDate(requested) && yearOf(requested) === year ? requested : defaultAsOf(year, chinaDate(new Date()));
  const query = `unit=${encodeURIComponent(unitCode)}&asOf=${asOf}`;
  const view = useEndpoint('GET /api/county/years/:year', { year }, { unit: unitCode, asOf });
  const [search, setSearch] = useState('');
  const [light, setLight] = useState<TCountyUnit['light'] | 'all'>('all');
  const units = useMemo(() => (view.data?.units ?? []).filter((u) => (light === 'all' || u.light === light) && (search === '' || u.name.includes(search) || u.code.includes(search))), [view.data, search, light]);
  const report = (s: Report) => (s === 'not-started' ? t('county.report.notStarted') : t(`evaluation.state.${s}`));

  if (view.error) return <ErrorAlert error={view.error} />;
  const totals = view.data?.totals;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('county.title', { year })}
        </Typography.Title>
        <Space wrap>
          <span>{t('county.asOf')}</span>
          <DatePicker allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setParams({ asOf: d.format('YYYY-MM-DD') })} />
          <Button href={`/api/county/years/${year}/export?${query}`} data-testid="county-export">
            {t('county.export')}
          </Button>
        </Space>
      </Space>
      {totals && (
        <Row gutter={16}>
          <Col span={4}><Statistic title={t('county.units')} value={totals.units} /></Col>
          <Col span={5}><Statistic title={t('county.col.budget')} value={wan(totals.budget)} suffix={t('unit.wan')} /></Col>
          <Col span={5}><Statistic title={t('county.col.spent')} value={wan(totals.spent)} suffix={t('unit.wan')} /></Col>
          <Col span={5}><Statistic title={t('county.col.rate')} value={ratePercent(totals.executionRate)} /></Col>
          <Col span={5}><Statistic title={t('county.col.plan')} value={plainPercent(totals.planPercent)} /></Col>
        </Row>
      )}
      <Space wrap>
        <Input.Search allowClear placeholder={t('county.search')} onSearch={setSearch} onChange={(e) => e.target.value === '' && setSearch('')} style={{ width: 240 }} data-testid="county-search" />
        <Select
          value={light}
          onChange={setLight}
          style={{ width: 160 }}
          options={[{ value: 'all', label: t('county.allLights') }, ...(['red', 'yellow', 'green'] as const).map((l) => ({ value: l, label: t(`spending.light.${l}`) }))]}
        />
      </Space>
      <Table<TCountyUnit>
        rowKey="code"
        size="small"
        loading={view.loading}
        dataSource={units}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('county.col.code'), dataIndex: 'code', sorter: (a, b) => a.code.localeCompare(b.code), render: (code: string) => <Link to={`/u/${code}/${year}/indicators`}>{code}</Link> },
          { title: t('county.col.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh') },
          { title: t('county.col.budget'), dataIndex: 'budget', align: 'right', sorter: (a, b) => a.budget - b.budget, render: (v: number) => wan(v) },
          { title: t('county.col.spent'), dataIndex: 'spent', align: 'right', sorter: (a, b) => a.spent - b.spent, render: (v: number) => wan(v) },
          { title: t('county.col.rate'), dataIndex: 'executionRate', align: 'right', sorter: (a, b) => a.executionRate - b.executionRate, render: (v: number) => ratePercent(v) },
          { title: t('county.col.plan'), dataIndex: 'planPercent', align: 'right', sorter: (a, b) => a.planPercent - b.planPercent, render: (v: number) => plainPercent(v) },
          { title: t('county.col.light'), dataIndex: 'light', sorter: (a, b) => a.gapPoints - b.gapPoints, render: (l: TCountyUnit['light']) => <LightTag light={l} /> },
          {
            title: t('county.col.lights'),
            key: 'lights',
            sorter: (a, b) => a.lights.red - b.lights.red,
            render: (_: unknown, u) => (
              <Space size={2}>
                <Tag color="red">{u.lights.red}</Tag>
                <Tag color="gold">{u.lights.yellow}</Tag>
                <Tag color="green">{u.lights.green}</Tag>
                <Tag color="blue">{u.lights.blue}</Tag>
                <Tag>{u.lights.none}</Tag>
              </Space>
            ),
          },
          { title: t('county.col.monitoring'), key: 'monitoring', sorter: (a, b) => a.reports.monitoring.localeCompare(b.reports.monitoring), render: (_: unknown, u) => report(u.reports.monitoring) },
          { title: t('county.col.evaluation'), key: 'evaluation', sorter: (a, b) => a.reports.evaluation.localeCompare(b.reports.evaluation), render: (_: unknown, u) => report(u.reports.evaluation) },
          {
            title: t('county.col.review'),
            key: 'review',
            align: 'right',
            sorter: (a, b) => (a.review?.findings ?? -1) - (b.review?.findings ?? -1),
            // the count opens the unit's own review (绩效目标审核) of the year
            render: (_: unknown, u) =>
              u.review ? (
                <Link to={`/u/${u.code}/${year}/review`} title={t('county.reviewNote', { errors: u.review.errors, warnings: u.review.warnings, suggestions: u.review.suggestions })} data-testid={`county-review-${u.code}`}>
                  {u.review.findings}
                </Link>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {units.length > 0 && (
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('county.chart.execution')}>
              <HorizontalBars
                title={t('county.chart.execution')}
                bars={units.slice(0, 40).map((u) => ({ label: u.name, value: u.executionRate * 100, color: LIGHT_COLORS[u.light], note: t('county.chart.planNote', { plan: plainPercent(u.planPercent) }) }))}
                format={(v) => `${v.toFixed(1)}%`}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('county.chart.lights')}>
              <HorizontalBars
                title={t('county.chart.lights')}
                bars={units.slice(0, 40).map((u) => ({ label: u.name, value: u.lights.red, color: LIGHT_COLORS.red, note: t('county.chart.lightsNote', { yellow: u.lights.yellow, green: u.lights.green }) }))}
                format={(v) => String(v)}
              />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
