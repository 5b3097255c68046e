import { Alert, App, Button, Card, Descriptions, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { TRolloverProposalView, TRolloverView } from '../../../../src/contract/api/rollover-api';
import { ProposalsTable } from './proposals-table';

function Summary({ v }: { v: TRolloverView }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text>{t('rollover.carried', v.carried)}</Typography.Text>
      <Typography.Text>{t(`rollover.actualsFrom.${v.actualsFrom ?? 'none'}`, { from: v.from })}</Typography.Text>
      <Typography.Text type="secondary">{t('rollover.frozen', { from: v.from, evaluation: v.frozen.evaluation ?? t('rollover.notStarted'), values: v.frozen.approvedValues })}</Typography.Text>
    </Space>
  );
}

/**
 * 年度结转: from this year, start the next one (preview, then confirm) — and, for a year that was
 * started from the one before, its proposed targets, each accepted, edited or kept by a person.
 */
export default function RolloverPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { unitCode, year, apiBase, params } = useUnitYear();
  const nextApi = `/api/units/${encodeURIComponent(unitCode)}/years/${year + 1}/rollover`;
  const current = useEndpoint('GET /api/units/:unitCode/years/:year/rollover', params);
  const next = useEndpoint('GET /api/units/:unitCode/years/:year/rollover', { unitCode, year: year + 1 });
  const [preview, setPreview] = useState<TRolloverView | null>(null);
  const previewing = useSubmit();
  const starting = useSubmit();
  const deciding = useSubmit();

  const openPreview = () => void previewing.run(async () => setPreview(await api<TRolloverView>('POST', `${nextApi}/preview`, { from: year })));
  const start = () =>
    void starting.run(async () => {
      await api<TRolloverView>('POST', nextApi, { from: year });
      setPreview(null);
      void message.success(t('rollover.status.draft'));
      void navigate(`/u/${encodeURIComponent(unitCode)}/${year + 1}/rollover`);
    });
  const decide = (p: TRolloverProposalView, decision: 'accept' | 'edit' | 'keep', target?: string) =>
    void deciding.run(async () => {
      await api<TRolloverView>('POST', `${apiBase}/rollover/proposals/${p.id}`, { decision, ...(target ? { target } : {}) });
      await current.reload();
    });

  if (current.error) return <ErrorAlert error={current.error} onRetry={current.reload} />;
  if (!current.data) return <Skeleton active />;
  const mine = current.data.rollover;
  const pending = mine?.proposals.filter((p) => p.status === 'pending').length ?? 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('rollover.title')} · {year}
      </Typography.Title>

      <Card title={t('rollover.startNext', { from: year, to: year + 1 })} data-testid="rollover-next">
        <Typography.Paragraph type="secondary">{t('rollover.intro')}</Typography.Paragraph>
        {next.data?.rollover ? (
          <Link to={`/u/${encodeURIComponent(unitCode)}/${year + 1}/rollover`}>
            <Button>{t('rollover.openNext', { to: year + 1 })}</Button>
          </Link>
        ) : can('year.rollover') ? (
          <Button type="primary" loading={previewing.busy} onClick={openPreview} data-testid="rollover-preview">
            {t('rollover.preview')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('rollover.noPermission')}</Typography.Text>
        )}
        {previewing.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(previewing.error, lang)} />}
      </Card>

      {mine ? (
        <Card
          title={
            <Space>
              {t('rollover.fromYear', { from: mine.from, by: mine.createdBy ?? '', at: (mine.createdAt ?? '').slice(0, 16).replace('T', ' ') })}
              <Tag color={mine.status === 'confirmed' ? 'green' : 'orange'} data-testid="rollover-status">
                {t(`rollover.status.${mine.status}`)}
              </Tag>
              {pending > 0 && <Tag>{t('rollover.pending', { n: pending })}</Tag>}
            </Space>
          }
        >
          <Summary v={mine} />
          {deciding.error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(deciding.error, lang)} />}
          <div style={{ marginTop: 12 }}>
            <ProposalsTable proposals={mine.proposals} busy={deciding.busy} {...(can('year.rollover') ? { onDecide: decide } : {})} />
          </div>
        </Card>
      ) : (
        <Typography.Text type="secondary">{t('rollover.notRolled', { year })}</Typography.Text>
      )}

      <Modal
        open={preview !== null}
        width={1200}
        title={preview ? t('rollover.confirmTitle', { from: preview.from, to: preview.to }) : ''}
        okText={t('rollover.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={starting.busy}
        onOk={start}
        onCancel={() => setPreview(null)}
        okButtonProps={{ 'data-testid': 'rollover-confirm' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        {preview && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" column={1} items={[{ key: 'status', label: t('rollover.col.status'), children: <Tag>{t('rollover.status.preview')}</Tag> }]} />
            <Summary v={preview} />
            <Alert type="info" showIcon title={t('rollover.confirmText', { from: preview.from, to: preview.to, n: preview.proposals.length })} />
            {starting.error && <Alert type="error" showIcon title={errorText(starting.error, lang)} />}
            <ProposalsTable proposals={preview.proposals} />
          </Space>
        )}
      </Modal>
    </Space>
  );
}
