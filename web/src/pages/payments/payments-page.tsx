import { App, Button, Card, DatePicker, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { download, ApiError } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { yuanGrouped } from '../../components/money';
import { isIsoDate, isoDate } from '../../../../src/core/dates';
import type { TPaymentResult, TPaymentView } from '../../../../src/contract/api/spending-api';
import { PaymentEntryForm } from './payment-entry-form';
import { PaymentEditModal, type PaymentAction } from './payment-edit-modal';
import { PaymentHistoryDrawer } from './payment-history-drawer';
import { ProjectOptionLabel, projectOptions } from './payment-fields';

type Status = 'all' | 'active' | 'void';

const PAGE_SIZES = [20, 50, 100];

/**
 * 支付登记: the unit-year's payments, filtered and paged (filters live in the URL, so a link from the
 * spending page opens one project's payments), with inline entry, correction, voiding and history for
 * finance; readers see the same list without the entry form and actions.
 */
export default function PaymentsPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const { year, base, apiBase, params: unitYear } = useUnitYear();
  const [params, setParams] = useSearchParams();
  const mayWrite = can('spending.write');

  const project = params.get('project') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const status = (['active', 'void'].includes(params.get('status') ?? '') ? params.get('status') : 'all') as Status;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : PAGE_SIZES[0]!;

  const list = useEndpoint('GET /api/units/:unitCode/years/:year/payments', unitYear, { status, page, pageSize, project, from: from && isIsoDate(from) ? from : undefined, to: to && isIsoDate(to) ? to : undefined, q });
  // budgets and spending over the whole year, for the project list and the entry form's budget hint
  const yearView = useEndpoint('GET /api/units/:unitCode/years/:year/spending', unitYear, { asOf: isoDate(year, 12, 31) });
  const [action, setAction] = useState<PaymentAction | null>(null);
  const [historyOf, setHistoryOf] = useState<TPaymentView | null>(null);
  const [search, setSearch] = useState(q);

  const setFilter = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const filtered = Boolean(project || from || to || q || status !== 'all');

  const reload = async () => {
    await Promise.all([list.reload(), yearView.reload()]);
  };

  const done = async (result: TPaymentResult) => {
    setAction(null);
    if (result.warning) modal.warning({ title: t('payments.overspendWarning'), content: result.warning });
    else message.success(t(`payments.result.${result.status}`));
    await reload();
  };

  const downloadTemplate = async () => {
    try {
      await download(`${apiBase}/payments/template`);
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    }
  };

  if (yearView.error) {
    return yearView.error.status === 404 ? <Empty description={yearView.error.message} /> : <ErrorAlert error={yearView.error} onRetry={yearView.reload} />;
  }
  const projects = yearView.data?.projects ?? [];
  const data = list.data;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('payments.title', { unit: yearView.data?.unit.name ?? '', year })}
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
            {t('payments.import.template')}
          </Button>
          {mayWrite && (
            <Link to={`${base}/payments/import`}>
              <Button icon={<UploadOutlined />}>{t('payments.import.title')}</Button>
            </Link>
          )}
        </Space>
      </div>

      {mayWrite && <PaymentEntryForm url={`${apiBase}/payments`} year={year} yearView={yearView.data} onRecorded={() => void reload()} />}

      <Card
        title={t('payments.list.title')}
        extra={
          data && (
            <Typography.Text data-testid="payments-total">
              {t('payments.list.summary', { n: data.total, amount: yuanGrouped(data.activeAmount) })}
            </Typography.Text>
          )
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('payments.filter.project')}
            placeholder={t('payments.filter.allProjects')}
            allowClear
            value={project}
            onChange={(code: string | undefined) => setFilter({ project: code })}
            showSearch={{ optionFilterProp: 'search' }}
            options={projectOptions(projects)}
            optionRender={(option) => <ProjectOptionLabel name={String(option.data.label)} code={String(option.data.value)} />}
            popupMatchSelectWidth={360}
            style={{ width: 240 }}
          />
          <DatePicker.RangePicker
            aria-label={t('payments.filter.dates')}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            allowEmpty={[true, true]}
            disabledDate={(d) => d.year() !== year}
            onChange={(range) => setFilter({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('payments.filter.from'), t('payments.filter.to')]}
          />
          <Select
            aria-label={t('payments.status')}
            value={status}
            onChange={(s: Status) => setFilter({ status: s === 'all' ? undefined : s })}
            style={{ width: 120 }}
            options={[
              { value: 'all', label: t('payments.filter.allStatus') },
              { value: 'active', label: t('payments.statusValue.active') },
              { value: 'void', label: t('payments.statusValue.void') },
            ]}
          />
          <Input.Search
            aria-label={t('payments.filter.text')}
            placeholder={t('payments.filter.text')}
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(text) => setFilter({ q: text.trim() || undefined })}
            style={{ width: 260 }}
          />
          {filtered && (
            <Button
              type="link"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams());
              }}
            >
              {t('payments.filter.clear')}
            </Button>
          )}
        </Space>
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <Table<TPaymentView>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={data?.items}
          scroll={{ x: 1080 }}
          onRow={(p) => ({ style: p.status === 'void' ? { color: '#999' } : undefined })}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('payments.empty.filtered') : mayWrite ? t('payments.empty.writer') : t('payments.empty.reader')}
              >
                {!filtered && mayWrite && (
                  <Link to={`${base}/payments/import`}>
                    <Button>{t('payments.import.title')}</Button>
                  </Link>
                )}
              </Empty>
            ),
          }}
          pagination={{
            current: data?.page ?? page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (n) => t('payments.list.count', { n }),
            onChange: (nextPage, nextSize) => setFilter({ page: String(nextPage), pageSize: String(nextSize) }),
          }}
          columns={[
            { title: t('payments.paidOn'), dataIndex: 'paidOn', width: 106 },
            {
              title: t('payments.project'),
              dataIndex: 'projectName',
              width: 210,
              render: (name: string, p) => (
                <Tooltip title={p.projectCode}>
                  <span>{name}</span>
                </Tooltip>
              ),
            },
            {
              title: t('payments.amountYuan'),
              dataIndex: 'amount',
              align: 'right',
              width: 124,
              render: (amount: number, p) => (p.status === 'void' ? <Typography.Text delete type="secondary">{yuanGrouped(amount)}</Typography.Text> : yuanGrouped(amount)),
            },
            { title: t('payments.voucherNo'), dataIndex: 'voucherNo', width: 132 },
            {
              title: `${t('payments.payee')} · ${t('payments.summary')}`,
              dataIndex: 'payee',
              ellipsis: true,
              render: (payee: string, p) => (
                <div style={{ minWidth: 0 }}>
                  <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} title={payee}>
                    {payee}
                  </div>
                  {p.summary && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: p.summary }}>
                      {p.summary}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            { title: t('payments.fundSource'), dataIndex: 'fundSource', width: 88, render: (f: TPaymentView['fundSource']) => t(`payments.fund.${f}`) },
            {
              title: t('payments.status'),
              dataIndex: 'status',
              width: 84,
              render: (s: TPaymentView['status'], p) =>
                s === 'void' ? (
                  <Tooltip title={`${t('payments.void.reason')}：${p.voidReason ?? ''}`}>
                    <Tag color="default">{t('payments.statusValue.void')}</Tag>
                  </Tooltip>
                ) : p.version > 1 ? (
                  <Tooltip title={t('payments.corrected', { n: p.version })}>
                    <Tag color="blue">{t('payments.statusValue.corrected')}</Tag>
                  </Tooltip>
                ) : (
                  <Tag color="green">{t('payments.statusValue.active')}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: mayWrite ? 150 : 72,
              fixed: 'right',
              render: (_, p) => (
                <Space size={0}>
                  {mayWrite && p.status === 'active' && (
                    <>
                      <Button type="link" size="small" onClick={() => setAction({ kind: 'edit', payment: p })} aria-label={`${t('common.edit')} ${p.voucherNo}`}>
                        {t('common.edit')}
                      </Button>
                      <Button type="link" size="small" danger onClick={() => setAction({ kind: 'void', payment: p })} aria-label={`${t('payments.void.action')} ${p.voucherNo}`}>
                        {t('payments.void.action')}
                      </Button>
                    </>
                  )}
                  <Button type="link" size="small" onClick={() => setHistoryOf(p)} aria-label={`${t('payments.history.action')} ${p.voucherNo}`}>
                    {t('payments.history.action')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      {action && <PaymentEditModal action={action} year={year} projects={projects} baseUrl={`${apiBase}/payments`} onClose={() => setAction(null)} onDone={(result) => void done(result)} />}
      {historyOf && <PaymentHistoryDrawer payment={historyOf} onClose={() => setHistoryOf(null)} />}
    </Space>
  );
}
