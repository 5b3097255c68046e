import { Alert, App, Badge, Button, Card, Col, DatePicker, Empty, Row, Select, Skeleton, Space, Spin, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ApiOutlined, CheckCircleOutlined, FormOutlined, LinkOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { TIndicatorProgress } from '../../../../src/contract/api/registers-api';
import type { TLight } from '../../../../src/core/indicator-progress';
import { chinaDate } from '../../../../src/core/dates';
import { BindingModal, mayBindMetric } from './binding-modal';
import { DrillDrawer } from './drill-drawer';
import { LIGHT_COLOR, LIGHT_ORDER, LightDot, LightTag, unitOf, withUnit } from './light';
import { MyValues, PENDING_VALUES_QUERY, PendingValues } from './pending-values';
import { takesManualValues, ValueDrawer, ValueText } from './value-drawer';

type LightKey = TLight | 'none';
type LightCounts = Record<LightKey, number>;

/** The board's date: today, but never past the year's end (a closed year is judged on 31 December). */
const defaultAsOf = (year: number) => {
  const today = chinaDate(new Date());
  return today < `${year}-01-01` ? `${year}-01-01` : today > `${year}-12-31` ? `${year}-12-31` : today;
};

/**
 * 指标进度: every indicator of the unit's year as of a date — target, actual (live from registers or
 * an approved value), expected to date, light, forecast — per project and for the department, from
 * one request. From here: the records behind an actual, bindings to register metrics, and values
 * entered by hand with their approval.
 */
export default function IndicatorsPage() {
  const { t, lang } = useI18n();
  const { can, user } = useSession();
  const { message } = App.useApp();
  const { year, base, apiBase, params: unitYear } = useUnitYear();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? defaultAsOf(year);
  const project = params.get('project') ?? undefined;
  const lightFilter = (params.get('light') as LightKey | null) ?? undefined;
  const board = useEndpoint('GET /api/units/:unitCode/years/:year/indicator-progress', unitYear, { asOf });
  const [drillId, setDrillId] = useState<number | null>(null);
  const [binding, setBinding] = useState<TIndicatorProgress | null>(null);
  const [valuesOf, setValuesOf] = useState<TIndicatorProgress | null>(null);
  // one request for the 待审批 list, read with the board so its tab shows the count before it is opened
  const pending = useEndpoint('GET /api/units/:unitCode/years/:year/indicator-values', can('indicatorValue.approve') ? unitYear : null, PENDING_VALUES_QUERY);
  const [confirming, setConfirming] = useState(false);
  const [tab, setTab] = useState('board');
  const mayBind = can('indicator.bind');

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const b = board.data;
  const proposals = useMemo(() => (b?.indicators ?? []).filter((i) => i.proposal && !i.metric && mayBindMetric(user, i.proposal.metric)), [b, user]);
  const reload = board.reload;
  const reloadPending = pending.reload;
  // an entered, submitted or decided value changes both the board and what waits for approval
  const onChanged = useCallback(() => void Promise.all([reload(), reloadPending()]), [reload, reloadPending]);

  if (board.error) {
    return board.error.status === 404 ? <Empty description={board.error.message} /> : <ErrorAlert error={board.error} onRetry={board.reload} />;
  }
  if (!b) return <Skeleton active />;

  const scoped = b.indicators.filter((i) => !project || (project === '-' ? i.projectCode === null : i.projectCode === project));
  const shown = scoped.filter((i) => !lightFilter || (i.light ?? 'none') === lightFilter);
  const scopeCounts: LightCounts = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
  for (const i of scoped) scopeCounts[i.light ?? 'none']++;
  const scopeSources = {
    live: scoped.filter((i) => i.source === 'metric' || i.source === 'ledger').length,
    manual: scoped.filter((i) => i.source === 'manual' || i.source === 'assessment').length,
    unbound: scoped.filter((i) => i.source === 'missing').length,
  };
  const groups: Array<{ code: string | null; name: string; lights?: LightCounts }> = [
    ...(b.indicators.some((i) => i.projectCode === null) ? [{ code: null, name: t('indicators.department') }] : []),
    ...b.projects.map((p) => ({ code: p.code, name: p.name, lights: p.lights })),
  ].filter((g) => !project || (project === '-' ? g.code === null : g.code === project));

  const confirmProposals = async (ids: number[]) => {
    setConfirming(true);
    try {
      const result = await api<{ confirmed: unknown[] }>('POST', `${apiBase}/bindings/confirm-proposals`, { indicatorIds: ids });
      message.success(t('indicators.confirmedN', { n: result.confirmed.length }));
      await board.reload();
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    } finally {
      setConfirming(false);
    }
  };

  const actualCell = (i: TIndicatorProgress) => {
    if ((i.source === 'manual' || i.source === 'assessment') && i.manualValue) {
      const reason = i.manualValue.reason ? `${t('indicators.reason')}：${i.manualValue.reason} · ` : '';
      return (
        <Tooltip
          title={`${reason}${t('indicators.evidence')}：${i.manualValue.evidence || '—'}${i.manualValue.approvedBy ? ` · ${t('indicators.approvedBy', { name: i.manualValue.approvedBy })}` : ''}`}
        >
          <span data-testid={`actual-${i.indicatorId}`}>
            <ValueText value={i.manualValue} indicator={i} />
          </span>
        </Tooltip>
      );
    }
    if (i.source === 'ledger' && i.ledger) {
      return (
        <Space orientation="vertical" size={0}>
          <Tooltip title={t('indicators.drillLedgerHint')}>
            <Typography.Link onClick={() => setDrillId(i.indicatorId)} data-testid={`actual-${i.indicatorId}`} strong>
              {withUnit(i.actual, '%')}
            </Typography.Link>
          </Tooltip>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`ledger-${i.indicatorId}`}>
            {t('indicators.ledgerFigures', { spent: (i.ledger.spent / 10000).toFixed(2), budget: (i.ledger.budget / 10000).toFixed(2) })}
          </Typography.Text>
        </Space>
      );
    }
    if (i.source !== 'metric' || i.actual === null) {
      return i.assessment ? <ValueText value={{ value: null, assessment: i.assessment }} indicator={i} /> : <Typography.Text type="secondary">—</Typography.Text>;
    }
    const rate = i.numerator !== null;
    return (
      <Space orientation="vertical" size={0}>
        <Tooltip title={t('indicators.drillHint')}>
          <Typography.Link onClick={() => setDrillId(i.indicatorId)} data-testid={`actual-${i.indicatorId}`} strong>
            {withUnit(i.actual, unitOf(i))}
          </Typography.Link>
        </Tooltip>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`records-${i.indicatorId}`}>
          {rate ? `${i.numerator}/${i.denominator} · ` : ''}
          {t('indicators.records', { n: i.recordCount ?? 0 })}
        </Typography.Text>
        {i.assessment && <ValueText value={{ value: null, assessment: i.assessment }} indicator={i} />}
      </Space>
    );
  };

  const sourceCell = (i: TIndicatorProgress) => {
    if (i.metric) {
      return (
        <Tooltip title={i.metric}>
          <Tag icon={<ApiOutlined />} color="blue" style={{ whiteSpace: 'normal' }}>
            {i.metricName ?? i.metric}
            {i.filter ? `（${Object.values(i.filter).join('，') === i.projectCode ? t('indicators.thisProject') : Object.values(i.filter).join('，')}）` : ''}
          </Tag>
        </Tooltip>
      );
    }
    if (i.source === 'manual' || i.source === 'assessment')
      return (
        <Tag icon={<FormOutlined />} color="purple">
          {t(i.source === 'assessment' ? 'indicators.assessed' : 'indicators.manual')}
        </Tag>
      );
    return (
      <Space orientation="vertical" size={2}>
        <Tag>{t('indicators.unboundTag')}</Tag>
        {i.proposal && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('indicators.proposed', { metric: i.proposal.metricName })}
          </Typography.Text>
        )}
      </Space>
    );
  };

  const columns = [
    {
      key: 'name',
      title: t('indicator.name'),
      render: (_: unknown, i: TIndicatorProgress) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.level1} / {i.level2}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'target',
      title: t('indicator.target'),
      width: 130,
      render: (_: unknown, i: TIndicatorProgress) =>
        i.readAs ? (
          <Tooltip title={i.readAs.text}>
            <Space orientation="vertical" size={0}>
              <span>{i.target}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`read-as-${i.indicatorId}`}>
                {t('indicators.readAs', { standard: `${i.readAs.comparator === '<=' ? '≤' : '≥'}${i.readAs.value}${i.readAs.unit}` })}
              </Typography.Text>
            </Space>
          </Tooltip>
        ) : (
          i.target
        ),
    },
    { key: 'source', title: t('indicators.metric'), width: 200, render: (_: unknown, i: TIndicatorProgress) => sourceCell(i) },
    { key: 'actual', title: t('indicators.actual'), width: 150, render: (_: unknown, i: TIndicatorProgress) => actualCell(i) },
    {
      key: 'previous',
      title: t('indicators.previousActual'),
      width: 110,
      render: (_: unknown, i: TIndicatorProgress) => {
        const p = i.previousActual;
        if (!p || (p.actual === null && p.assessment === null)) return '—';
        return (
          <Tooltip title={`${t(p.source === 'evaluation' ? 'indicators.previousFrozen' : p.source === 'imported' ? 'indicators.previousImported' : 'indicators.previousLive', { year: p.year })} · ${p.target}`}>
            <span data-testid={`previous-${i.indicatorId}`}>{p.actual !== null ? withUnit(p.actual, unitOf(i)) : p.assessment}</span>
          </Tooltip>
        );
      },
    },
    { key: 'expected', title: t('indicators.expected'), width: 110, render: (_: unknown, i: TIndicatorProgress) => (i.direction === 'qualitative' ? '—' : withUnit(i.expectedToDate, unitOf(i))) },
    {
      key: 'light',
      title: t('indicators.lightTitle'),
      width: 100,
      render: (_: unknown, i: TIndicatorProgress) => (
        <Space size={4}>
          <LightTag indicator={i} />
          {i.met && (
            <Tooltip title={t('indicators.met')}>
              <CheckCircleOutlined style={{ color: '#52c41a' }} aria-label={t('indicators.met')} />
            </Tooltip>
          )}
        </Space>
      ),
    },
    { key: 'forecast', title: t('indicators.forecast'), width: 110, render: (_: unknown, i: TIndicatorProgress) => (i.direction === 'qualitative' ? '—' : withUnit(i.forecast, unitOf(i))) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      render: (_: unknown, i: TIndicatorProgress) => (
        <Space size={4} wrap>
          {mayBind && (!i.metric || mayBindMetric(user, i.metric)) && (
            <Button size="small" icon={<LinkOutlined />} onClick={() => setBinding(i)} aria-label={`${i.metric ? t('indicators.changeBinding') : t('indicators.bind')} ${i.name}`}>
              {i.metric ? t('indicators.changeBinding') : t('indicators.bind')}
            </Button>
          )}
          {takesManualValues(i) && (
            <Button size="small" icon={<FormOutlined />} onClick={() => setValuesOf(i)} aria-label={`${can('indicatorValue.enter') ? t('indicators.enter') : t('indicators.values')} ${i.name}`}>
              {can('indicatorValue.enter') ? t('indicators.enter') : t('indicators.values')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const lightCard = (key: LightKey) => (
    <Col xs={12} sm={8} md={4} key={key}>
      <Card
        size="small"
        hoverable
        onClick={() => setParam('light', lightFilter === key ? undefined : key)}
        style={lightFilter === key ? { borderColor: key === 'none' ? '#8c8c8c' : LIGHT_COLOR[key] } : undefined}
        data-testid={`lights-${key}`}
      >
        <Statistic
          title={
            <span>
              <LightDot light={key === 'none' ? null : key} />
              {t(`indicators.light.${key}`)}
            </span>
          }
          value={scopeCounts[key]}
          styles={{ content: { color: key === 'none' ? '#8c8c8c' : LIGHT_COLOR[key] } }}
        />
      </Card>
    </Col>
  );

  const boardTab = (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {mayBind && proposals.length > 0 && (
        <Card
          size="small"
          title={t('indicators.proposalsTitle', { n: proposals.length })}
          extra={
            <Button type="primary" loading={confirming} onClick={() => void confirmProposals(proposals.map((i) => i.indicatorId))} data-testid="confirm-all-proposals">
              {t('indicators.confirmAll')}
            </Button>
          }
        >
          <Table
            size="small"
            rowKey="indicatorId"
            dataSource={proposals}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { key: 'project', title: t('indicators.project'), render: (_, i) => i.projectName ?? t('indicators.department') },
              { key: 'name', title: t('indicator.name'), render: (_, i) => i.name },
              { key: 'target', title: t('indicator.target'), render: (_, i) => i.target },
              { key: 'metric', title: t('indicators.proposedMetric'), render: (_, i) => <Tag color="blue">{i.proposal!.metricName}</Tag> },
              { key: 'reason', title: t('indicators.proposalBasis'), render: (_, i) => <Typography.Text type="secondary">{i.proposal!.reason}</Typography.Text> },
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_, i) => (
                  <Space size={4}>
                    <Button size="small" type="primary" ghost loading={confirming} onClick={() => void confirmProposals([i.indicatorId])}>
                      {t('common.confirm')}
                    </Button>
                    <Button size="small" onClick={() => setBinding(i)}>
                      {t('indicators.otherMetric')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      {groups.map((g) => {
        const rows = shown.filter((i) => i.projectCode === g.code);
        if (lightFilter && rows.length === 0) return null;
        return (
          <Card
            key={g.code ?? '-'}
            size="small"
            title={
              <Space wrap>
                <span>{g.name}</span>
                {g.code && (
                  <Link to={`${base}/projects/${g.code}`} style={{ fontWeight: 400, fontSize: 12 }}>
                    {g.code}
                  </Link>
                )}
              </Space>
            }
            extra={
              g.lights && (
                <Space size={4}>
                  {LIGHT_ORDER.filter((k) => g.lights![k] > 0).map((k) => (
                    <Tooltip key={k} title={t(`indicators.light.${k}`)}>
                      <span style={{ marginInlineStart: 6 }}>
                        <LightDot light={k === 'none' ? null : k} />
                        {g.lights![k]}
                      </span>
                    </Tooltip>
                  ))}
                </Space>
              )
            }
            data-testid={`project-${g.code ?? 'department'}`}
          >
            <Table size="small" rowKey="indicatorId" dataSource={rows} columns={columns} pagination={false} scroll={{ x: 1000 }} locale={{ emptyText: t('indicators.noIndicators') }} />
          </Card>
        );
      })}
    </Space>
  );

  const tabs = [
    { key: 'board', label: t('indicators.boardTab'), children: boardTab },
    ...(can('indicatorValue.approve')
      ? [
          {
            key: 'pending',
            label: (
              <Badge count={pending.data?.length ?? 0} size="small" offset={[8, -2]} title={t('indicators.pendingCount', { n: pending.data?.length ?? 0 })} data-testid="pending-count">
                {t('indicators.pendingTab')}
              </Badge>
            ),
            children: <PendingValues mode="approve" list={pending} onChanged={onChanged} />,
          },
        ]
      : []),
    ...(can('indicatorValue.enter') ? [{ key: 'mine', label: t('indicators.mineTab'), children: <MyValues /> }] : []),
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.indicators')} · {b.unit.name} {b.year}
        </Typography.Title>
        <Space wrap>
          {board.loading && <Spin size="small" />}
          <span>{t('indicators.asOf')}</span>
          <DatePicker
            aria-label={t('indicators.asOf')}
            allowClear={false}
            value={dayjs(asOf)}
            minDate={dayjs(`${year}-01-01`)}
            maxDate={dayjs(`${year}-12-31`)}
            onChange={(d) => d && setParam('asOf', d.format('YYYY-MM-DD'))}
          />
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 300 }}
            aria-label={t('indicators.project')}
            value={project ?? ''}
            onChange={(v: string) => setParam('project', v || undefined)}
            options={[
              { value: '', label: t('indicators.allProjects') },
              ...(b.indicators.some((i) => i.projectCode === null) ? [{ value: '-', label: t('indicators.department') }] : []),
              ...b.projects.map((p, n) => ({ value: p.code, label: `${n + 1}. ${p.name}` })),
            ]}
          />
        </Space>
      </Space>
      <Row gutter={[12, 12]}>
        {LIGHT_ORDER.map(lightCard)}
        <Col xs={24} sm={16} md={4}>
          <Card size="small">
            <Statistic title={project ? t('indicators.scopeProject') : t('indicators.scopeDepartment')} value={scoped.length} suffix={t('indicators.unitCount')} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('indicators.sources', scopeSources)}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      {lightFilter && (
        <Alert
          type="info"
          showIcon
          title={t('indicators.filteredByLight', { light: t(`indicators.light.${lightFilter}`), n: shown.length })}
          action={
            <Button size="small" onClick={() => setParam('light', undefined)}>
              {t('registers.clearFilters')}
            </Button>
          }
        />
      )}
      {tabs.length > 1 ? <Tabs activeKey={tab} onChange={setTab} items={tabs} destroyOnHidden /> : boardTab}
      <DrillDrawer indicatorId={drillId} asOf={asOf} onClose={() => setDrillId(null)} />
      {binding && (
        <BindingModal
          indicator={binding}
          asOf={asOf}
          onClose={() => setBinding(null)}
          onSaved={() => {
            setBinding(null);
            void board.reload();
          }}
        />
      )}
      {valuesOf && <ValueDrawer key={valuesOf.indicatorId} indicator={valuesOf} asOf={asOf} onClose={() => setValuesOf(null)} onChanged={onChanged} />}
    </Space>
  );
}
