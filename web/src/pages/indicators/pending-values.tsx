import { Alert, App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { ApiState } from '../../api/use-api';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { TUnitIndicatorValue } from '../../../../src/contract/api/registers-api';
import { ReturnModal, STATUS_COLOR, ValueText } from './value-drawer';

/** The 待审批 list: submitted values someone else entered (nobody decides on their own value). */
export const PENDING_VALUES_QUERY = { status: 'submitted', mine: false };

/** 我的填报: every value the signed-in user entered this year, with its status, read when the tab opens. */
export function MyValues() {
  const { params } = useUnitYear();
  const list = useEndpoint('GET /api/units/:unitCode/years/:year/indicator-values', params, { mine: true });
  return <PendingValues mode="mine" list={list} onChanged={() => void list.reload()} />;
}

/**
 * A list of the unit-year's values from one request (`GET …/indicator-values`): for approvers the ones
 * waiting for them (待审批, with approve and return), for enterers their own (我的填报, with status).
 */
export function PendingValues({ mode, list, onChanged }: { mode: 'approve' | 'mine'; list: ApiState<TUnitIndicatorValue[]>; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { apiBase } = useUnitYear();
  const [busy, setBusy] = useState<number | null>(null);
  const [returning, setReturning] = useState<number | null>(null);

  const act = async (id: number, path: 'approve' | 'return', body?: unknown) => {
    setBusy(id);
    try {
      await api('POST', `${apiBase}/indicator-values/${id}/${path}`, body);
      message.success(path === 'approve' ? t('indicators.approved') : t('indicators.returned'));
      setReturning(null);
      onChanged();
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    } finally {
      setBusy(null);
    }
  };

  if (list.error) return <Alert type="error" showIcon title={errorText(list.error, lang)} />;
  return (
    <div data-testid={mode === 'approve' ? 'pending-approvals' : 'my-values'}>
      <Table
        size="middle"
        rowKey="id"
        loading={list.data === undefined}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={mode === 'approve' ? t('indicators.noPending') : t('indicators.noMine')} /> }}
        columns={[
          { key: 'project', title: t('indicators.project'), render: (_, v) => v.indicator.projectName ?? t('indicators.department') },
          { key: 'indicator', title: t('indicator.name'), render: (_, v) => <Typography.Text strong>{v.indicator.name}</Typography.Text> },
          { key: 'target', title: t('indicator.target'), render: (_, v) => v.indicator.target },
          { key: 'value', title: t('indicators.value'), render: (_, v) => <ValueText value={v} indicator={{ numerator: null, targetUnit: v.indicator.targetUnit }} /> },
          { key: 'asOf', title: t('indicators.valueAsOf'), render: (_, v) => v.asOf },
          {
            key: 'evidence',
            title: `${t('indicators.reason')} / ${t('indicators.evidence')}`,
            render: (_, v) => {
              const text = [v.reason, v.evidence].filter(Boolean).join('；');
              return (
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0, maxWidth: 280 }}>
                  {text}
                </Typography.Paragraph>
              );
            },
          },
          { key: 'by', title: t('indicators.enteredByShort'), render: (_, v) => `${v.enteredByName} · ${new Date(v.enteredAt).toLocaleDateString('zh-CN')}` },
          ...(mode === 'mine'
            ? [
                {
                  key: 'status',
                  title: t('indicators.status'),
                  render: (_: unknown, v: TUnitIndicatorValue) => (
                    <Space orientation="vertical" size={0}>
                      <Tag color={STATUS_COLOR[v.status]}>{t(`indicators.status.${v.status}`)}</Tag>
                      {v.decidedByName && v.decidedAt && <Typography.Text type="secondary">{t('indicators.decidedBy', { name: v.decidedByName, at: new Date(v.decidedAt).toLocaleDateString('zh-CN') })}</Typography.Text>}
                      {v.returnReason && <Typography.Text type="warning">{v.returnReason}</Typography.Text>}
                    </Space>
                  ),
                },
              ]
            : [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, v: TUnitIndicatorValue) => (
                    <Space>
                      <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === v.id} onClick={() => void act(v.id, 'approve')} aria-label={`${t('indicators.approve')} ${v.indicator.name}`}>
                        {t('indicators.approve')}
                      </Button>
                      <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(v.id)}>
                        {t('indicators.return')}
                      </Button>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      <ReturnModal open={returning !== null} busy={busy !== null} onCancel={() => setReturning(null)} onReturn={(reason) => void act(returning!, 'return', { reason })} />
    </div>
  );
}
