import { Alert, Descriptions, Drawer, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined, WarningFilled } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { TDrill } from '../../../../src/contract/api/registers-api';
import { num } from './light';

type DrillRecord = TDrill['records'][number];
type Cell = string | number | boolean | null | undefined;

/**
 * The register records behind an indicator's actual, masked. The drawer says in so many words whether
 * the records agree with the figure: a count equals the records listed (plus any of other 司法所 the
 * reader may not see), a sum their total, a rate numerator ÷ denominator with each record marked.
 */
export function DrillDrawer({ indicatorId, asOf, onClose }: { indicatorId: number | null; asOf: string; onClose: () => void }) {
  const { t } = useI18n();
  const { base, apiBase } = useUnitYear();
  const drill = useApi<TDrill>(indicatorId === null ? null : `${apiBase}/indicators/${indicatorId}/drill?asOf=${asOf}`);
  const [show, setShow] = useState<'all' | 'in' | 'out'>('all');
  const d = drill.data?.indicator.id === indicatorId ? drill.data : undefined;

  const cell = (v: Cell) => (v === null || v === undefined || v === '' ? <Typography.Text type="secondary">—</Typography.Text> : typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : String(v));

  let agreement: { ok: boolean; text: string } | null = null;
  if (d) {
    const listed = d.records.length + d.hidden;
    if (d.kind === 'count') {
      const ok = listed === d.actual;
      agreement = { ok, text: t(ok ? 'indicators.drillCountAgrees' : 'indicators.drillCountDiffers', { n: listed, actual: num(d.actual ?? 0), unit: d.unit }) };
    }
    else if (d.kind === 'sum') {
      const total = d.records.reduce((s, r) => s + (Number(r.values[d.sumField ?? '']) || 0), 0);
      const label = d.columns.find((c) => c.key === d.sumField)?.label ?? d.sumField ?? '';
      agreement = d.hidden === 0 ? { ok: total === d.actual, text: t('indicators.drillSumCheck', { n: d.records.length, field: label, total: num(total), unit: d.unit }) } : null;
    } else {
      const inNumerator = d.records.filter((r) => r.inNumerator).length;
      agreement =
        d.hidden === 0
          ? { ok: inNumerator === d.numerator && d.records.length === d.denominator, text: t('indicators.drillRateCheck', { num: inNumerator, den: d.records.length, actual: d.actual === null ? '—' : num(d.actual) }) }
          : null;
    }
  }

  const rows = d ? d.records.filter((r) => show === 'all' || (show === 'in' ? r.inNumerator : !r.inNumerator)) : [];
  const columns = d
    ? [
        ...(d.kind === 'rate'
          ? [
              {
                key: 'inNumerator',
                title: t('indicators.inNumerator'),
                width: 90,
                fixed: 'left' as const,
                render: (_: unknown, r: DrillRecord) =>
                  r.inNumerator ? <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={t('common.yes')} /> : <CloseCircleOutlined style={{ color: '#bfbfbf' }} aria-label={t('common.no')} />,
              },
            ]
          : []),
        ...d.columns.map((c) => ({
          key: c.key,
          title: c.label,
          onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
          render: (_: unknown, r: DrillRecord) => (r.sealed && Object.keys(r.values).length === 0 ? (c === d.columns[0] ? <Tag color="purple">{t('indicators.sealedPlaceholder')}</Tag> : null) : cell(r.values[c.key])),
        })),
      ]
    : [];

  return (
    <Drawer open={indicatorId !== null} onClose={onClose} size="90%" title={d ? t('indicators.drillTitle', { name: d.indicator.name }) : t('indicators.drill')} destroyOnHidden>
      {drill.error && <ErrorAlert error={drill.error} onRetry={drill.reload} />}
      {!d && !drill.error && <Skeleton active />}
      {d && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'target', label: t('indicator.target'), children: d.indicator.target },
              { key: 'metric', label: t('indicators.metric'), children: `${d.metricName}（${d.metric}）` },
              { key: 'sheet', label: t('indicators.sheet'), children: <Link to={`${base}/registers/${d.sheet.kind}/${d.sheet.id}`}>{d.sheet.name}</Link> },
              {
                key: 'actual',
                label: t('indicators.actual'),
                children: (
                  <Typography.Text strong data-testid="drill-actual">
                    {d.actual === null ? '—' : `${num(d.actual)}${d.kind === 'rate' ? '%' : ` ${d.unit}`}`}
                  </Typography.Text>
                ),
              },
              ...(d.kind === 'rate' ? [{ key: 'ratio', label: t('indicators.ratio'), children: `${d.numerator ?? 0} / ${d.denominator ?? 0}` }] : []),
              { key: 'asOf', label: t('indicators.asOf'), children: asOf },
              ...(d.filter ? [{ key: 'filter', label: t('indicators.filter'), children: Object.entries(d.filter).map(([k, v]) => `${k}=${v}`).join('，') }] : []),
            ]}
          />
          {agreement && (
            <Alert
              type={agreement.ok ? 'success' : 'warning'}
              showIcon
              icon={agreement.ok ? <CheckCircleFilled /> : <WarningFilled />}
              title={agreement.text}
              data-testid="drill-agreement"
            />
          )}
          {d.hidden > 0 && <Alert type="info" showIcon title={t('indicators.drillHidden', { n: d.hidden })} />}
          {d.kind === 'rate' && (
            <Segmented
              value={show}
              onChange={(v) => setShow(v as typeof show)}
              options={[
                { value: 'all', label: t('indicators.drillAll', { n: d.records.length }) },
                { value: 'in', label: t('indicators.drillIn', { n: d.records.filter((r) => r.inNumerator).length }) },
                { value: 'out', label: t('indicators.drillOut', { n: d.records.filter((r) => !r.inNumerator).length }) },
              ]}
            />
          )}
          <div data-testid="drill-table">
            <Table
              size="small"
              rowKey="id"
              dataSource={rows}
              columns={columns}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => t('registers.total', { n }) }}
              locale={{ emptyText: t('indicators.drillEmpty') }}
            />
          </div>
          <Typography.Text type="secondary">{t('indicators.drillMasked')}</Typography.Text>
        </Space>
      )}
    </Drawer>
  );
}
