import { Alert, Descriptions, Drawer, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined, WarningFilled } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
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
 * reader may not see), a sum their total, a rate numerator ÷ denominator with each record marked; for the
 * spending ledger (预算控制) the payments behind spent ÷ budget in force, their amounts adding up to spent.
 */
const PAGE_SIZE = 50;

/** the sum field of the records on this page (a sum metric's field, the ledger's amounts) */
const sumOfPage = (d: TDrill) => d.records.reduce((s, r) => s + (Number(r.values[d.sumField ?? '']) || 0), 0);

export function DrillDrawer({ indicatorId, asOf, onClose }: { indicatorId: number | null; asOf: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { base, params } = useUnitYear();
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [indicatorId, asOf]);
  // the server pages the records (a figure may stand on hundreds of thousands of them)
  const drill = useEndpoint('GET /api/units/:unitCode/years/:year/indicators/:id/drill', indicatorId === null ? null : { ...params, id: indicatorId }, { asOf, page, pageSize: PAGE_SIZE });
  const [show, setShow] = useState<'all' | 'in' | 'out'>('all');
  const d = drill.data?.indicator.id === indicatorId ? drill.data : undefined;

  const cell = (v: Cell) => (v === null || v === undefined || v === '' ? <Typography.Text type="secondary">—</Typography.Text> : typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : String(v));

  // every record behind the figure is accounted for: listed (over all pages), another office's, or sealed
  let agreement: { ok: boolean; text: string } | null = null;
  if (d && d.recordAccess) {
    const behind = d.total + d.hidden + d.sealed.records;
    if (d.ledger) {
      // the spending ledger: the payments listed add up to the figure's spent (checked when all are on this page)
      const total = Math.round(sumOfPage(d) * 100) / 100;
      agreement =
        d.records.length === d.total
          ? { ok: total === d.ledger.spent, text: t('indicators.drillLedgerCheck', { n: d.total, spent: num(total), budget: num(d.ledger.budget), actual: d.actual === null ? '—' : num(d.actual) }) }
          : null;
    } else if (d.kind === 'count') {
      const ok = behind === d.actual;
      agreement = { ok, text: t(ok ? 'indicators.drillCountAgrees' : 'indicators.drillCountDiffers', { n: behind, actual: num(d.actual ?? 0), unit: d.unit }) };
    } else if (d.kind === 'sum') {
      // a sum can be checked here only when every record is on this page
      const complete = d.hidden === 0 && d.sealed.records === 0 && d.records.length === d.total;
      const total = sumOfPage(d);
      const sumColumn = d.columns.find((c) => c.key === d.sumField);
      const label = (sumColumn && (lang === 'en' ? sumColumn.labelEn : sumColumn.label)) ?? d.sumField ?? '';
      agreement = complete ? { ok: total === d.actual, text: t('indicators.drillSumCheck', { n: d.records.length, field: label, total: num(total), unit: d.unit }) } : null;
    } else {
      const ok = behind === d.denominator;
      agreement = { ok, text: t('indicators.drillRateCheck', { num: d.numerator ?? 0, den: behind, actual: d.actual === null ? '—' : num(d.actual) }) };
    }
  }

  const rows = d ? d.records.filter((r) => show === 'all' || (show === 'in' ? r.inNumerator : !r.inNumerator)) : [];
  const columns = d
    ? [
        ...(d.kind === 'rate' && !d.ledger
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
          title: lang === 'en' ? c.labelEn : c.label,
          onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
          render: (_: unknown, r: DrillRecord) => (
            <>
              {r.sealed && c === d.columns[0] ? <Tag color="purple">{t('indicators.sealedPlaceholder')}</Tag> : null}
              {cell(r.values[c.key])}
            </>
          ),
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
              { key: 'sheet', label: t('indicators.sheet'), children: <Link to={d.ledger ? `${base}/payments` : `${base}/registers/${d.sheet.kind}/${d.sheet.id}`}>{lang === 'en' ? d.sheet.nameEn : d.sheet.name}</Link> },
              {
                key: 'actual',
                label: t('indicators.actual'),
                children: (
                  <Typography.Text strong data-testid="drill-actual">
                    {d.actual === null ? '—' : `${num(d.actual)}${d.kind === 'rate' ? '%' : ` ${d.unit}`}`}
                  </Typography.Text>
                ),
              },
              ...(d.ledger
                ? [{ key: 'ratio', label: t('indicators.ledgerRatio'), children: `${num(d.ledger.spent)} / ${num(d.ledger.budget)}` }]
                : d.kind === 'rate'
                  ? [{ key: 'ratio', label: t('indicators.ratio'), children: `${d.numerator ?? 0} / ${d.denominator ?? 0}` }]
                  : []),
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
          {!d.recordAccess && <Alert type="info" showIcon title={t('indicators.drillNoAccess')} data-testid="drill-no-access" />}
          {d.hidden > 0 && <Alert type="info" showIcon title={t('indicators.drillHidden', { n: d.hidden })} />}
          {d.sealed.records > 0 && <Alert type="info" showIcon title={t('indicators.drillSealed', { n: d.sealed.records })} />}
          {d.recordAccess && d.kind === 'rate' && !d.ledger && (
            <Segmented
              value={show}
              onChange={(v) => setShow(v as typeof show)}
              options={[
                { value: 'all', label: t('indicators.drillAll', { n: d.records.length }) },
                // the in/out filter works on the page shown
                { value: 'in', label: t('indicators.drillIn', { n: d.records.filter((r) => r.inNumerator).length }) },
                { value: 'out', label: t('indicators.drillOut', { n: d.records.filter((r) => !r.inNumerator).length }) },
              ]}
            />
          )}
          {d.recordAccess && (
            <div data-testid="drill-table">
              <Table
                size="small"
                rowKey="id"
                dataSource={rows}
                columns={columns}
                loading={drill.loading}
                scroll={{ x: 'max-content' }}
                pagination={{ current: page, pageSize: PAGE_SIZE, total: d.total, showSizeChanger: false, onChange: setPage, showTotal: (n) => t('registers.total', { n }) }}
                locale={{ emptyText: t('indicators.drillEmpty') }}
              />
            </div>
          )}
          <Typography.Text type="secondary">{t('indicators.drillMasked')}</Typography.Text>
        </Space>
      )}
    </Drawer>
  );
}
