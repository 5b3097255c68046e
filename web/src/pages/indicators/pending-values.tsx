import { Alert, App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useUnitYear } from '../../app/unit-year';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { TIndicatorProgress, TIndicatorValueView } from '../../../../src/contract/api/registers-api';
import { ReturnModal, STATUS_COLOR, takesManualValues, ValueText } from './value-drawer';

interface Row {
  value: TIndicatorValueView;
  indicator: TIndicatorProgress;
}

/** Run `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * Values waiting for someone: for approvers the submitted ones (待审批), for enterers their own drafts
 * and returned values (我的填报). The API lists values per indicator, so this reads those of the
 * indicators that take hand-entered values, a few at a time, only when the list is opened.
 */
export function PendingValues({ mode, indicators, onChanged, onCount }: { mode: 'approve' | 'mine'; indicators: TIndicatorProgress[]; onChanged: () => void; onCount?: (n: number) => void }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { message } = App.useApp();
  const { apiBase } = useUnitYear();
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<number | null>(null);
  const [returning, setReturning] = useState<number | null>(null);

  const load = useCallback(async () => {
    const found: Row[] = [];
    try {
      await eachLimited(indicators.filter(takesManualValues), 6, async (indicator) => {
        const values = await api<TIndicatorValueView[]>('GET', `${apiBase}/indicators/${indicator.indicatorId}/values`);
        for (const value of values) {
          const wanted = mode === 'approve' ? value.status === 'submitted' : value.enteredByName === user?.username && (value.status === 'draft' || value.status === 'returned' || value.status === 'submitted');
          if (wanted) found.push({ value, indicator });
        }
      });
      found.sort((a, b) => b.value.enteredAt.localeCompare(a.value.enteredAt));
      setRows(found);
      setError(undefined);
      onCount?.(found.length);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  }, [indicators, apiBase, mode, user, onCount]);

  useEffect(() => {
    void load();
  }, [load]);

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

  if (error) return <Alert type="error" showIcon title={errorText(error, lang)} />;
  return (
    <div data-testid={mode === 'approve' ? 'pending-approvals' : 'my-values'}>
      <Table
        size="middle"
        rowKey={(r) => r.value.id}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={mode === 'approve' ? t('indicators.noPending') : t('indicators.noMine')} /> }}
        columns={[
          { key: 'project', title: t('indicators.project'), render: (_, r) => r.indicator.projectName ?? t('indicators.department') },
          { key: 'indicator', title: t('indicator.name'), render: (_, r) => <Typography.Text strong>{r.indicator.name}</Typography.Text> },
          { key: 'target', title: t('indicator.target'), render: (_, r) => r.indicator.target },
          { key: 'value', title: t('indicators.value'), render: (_, r) => <ValueText value={r.value} indicator={r.indicator} /> },
          { key: 'asOf', title: t('indicators.valueAsOf'), render: (_, r) => r.value.asOf },
          { key: 'evidence', title: t('indicators.evidence'), render: (_, r) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.value.evidence }} style={{ margin: 0, maxWidth: 280 }}>{r.value.evidence}</Typography.Paragraph> },
          { key: 'by', title: t('indicators.enteredByShort'), render: (_, r) => `${r.value.enteredByName} · ${new Date(r.value.enteredAt).toLocaleDateString('zh-CN')}` },
          ...(mode === 'mine'
            ? [{ key: 'status', title: t('indicators.status'), render: (_: unknown, r: Row) => <Space orientation="vertical" size={0}><Tag color={STATUS_COLOR[r.value.status]}>{t(`indicators.status.${r.value.status}`)}</Tag>{r.value.returnReason && <Typography.Text type="warning">{r.value.returnReason}</Typography.Text>}</Space> }]
            : [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, r: Row) =>
                    r.value.enteredByName === user?.username ? (
                      <Typography.Text type="secondary">{t('indicators.ownValue')}</Typography.Text>
                    ) : (
                      <Space>
                        <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === r.value.id} onClick={() => void act(r.value.id, 'approve')} aria-label={`${t('indicators.approve')} ${r.indicator.name}`}>
                          {t('indicators.approve')}
                        </Button>
                        <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(r.value.id)}>
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
