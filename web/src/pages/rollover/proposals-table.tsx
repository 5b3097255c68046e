import { Button, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { TargetPreview } from '../project/indicator-modal';
import type { TRolloverProposalView } from '../../../../src/contract/api/rollover-api';

const STATUS_COLOR = { pending: 'orange', accepted: 'green', edited: 'blue', kept: 'default' } as const;

/** The proposed targets of a rollover, each with its reason; with `onDecide`, each pending one can be accepted, edited or kept. */
export function ProposalsTable({
  proposals,
  onDecide,
  busy,
}: {
  proposals: TRolloverProposalView[];
  onDecide?: (p: TRolloverProposalView, decision: 'accept' | 'edit' | 'keep', target?: string) => void;
  busy?: boolean;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<TRolloverProposalView | null>(null);
  const [text, setText] = useState('');
  return (
    <>
      <Table<TRolloverProposalView>
        size="small"
        rowKey={(p) => `${p.projectCode ?? ''}|${p.name}|${p.id ?? ''}|${p.previousTarget}`}
        dataSource={proposals}
        // a unit's whole year on one page: the proposals are reviewed together
        pagination={{ pageSize: 200, hideOnSinglePage: true }}
        data-testid="rollover-proposals"
        columns={[
          { key: 'project', title: t('indicators.project'), width: 160, render: (_, p) => p.projectName ?? t('indicators.department') },
          { key: 'name', title: t('indicator.name'), render: (_, p) => p.name },
          { key: 'previousTarget', title: t('rollover.col.previousTarget'), width: 110, render: (_, p) => p.previousTarget },
          {
            key: 'previousActual',
            title: t('rollover.col.previousActual'),
            width: 100,
            render: (_, p) => (
              <Tooltip title={t(`rollover.source.${p.previousSource}`)}>
                <span>{p.previousActual ?? '—'}</span>
              </Tooltip>
            ),
          },
          {
            key: 'proposed',
            title: t('rollover.col.proposed'),
            width: 130,
            render: (_, p) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong data-testid={`proposed-${p.name}`}>
                  {p.proposed}
                </Typography.Text>
                <Tag>{lang === 'en' ? p.ruleLabel.en : p.ruleLabel.zh}</Tag>
              </Space>
            ),
          },
          { key: 'reason', title: t('rollover.col.reason'), render: (_, p) => <Typography.Text type="secondary">{lang === 'en' ? p.reason.en : p.reason.zh}</Typography.Text> },
          {
            key: 'status',
            title: t('rollover.col.status'),
            width: 200,
            render: (_, p) =>
              p.status === 'pending' && onDecide && p.id !== null ? (
                <Space size={4} wrap>
                  <Button size="small" type="primary" disabled={busy} onClick={() => onDecide(p, 'accept')}>
                    {t('rollover.accept')}
                  </Button>
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => {
                      setText(p.proposed);
                      setEditing(p);
                    }}
                  >
                    {t('rollover.edit')}
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => onDecide(p, 'keep')}>
                    {t('rollover.keep')}
                  </Button>
                </Space>
              ) : (
                <Space orientation="vertical" size={0}>
                  <Tag color={STATUS_COLOR[p.status]}>{t(`rollover.decision.${p.status}`)}</Tag>
                  {p.decidedTarget && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {p.decidedTarget} · {p.decidedBy}
                    </Typography.Text>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing ? t('rollover.editTitle', { name: editing.name }) : ''}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !text.trim() }}
        onCancel={() => setEditing(null)}
        onOk={() => {
          if (editing && onDecide) onDecide(editing, 'edit', text.trim());
          setEditing(null);
        }}
        destroyOnHidden
      >
        <Input value={text} onChange={(e) => setText(e.target.value)} data-testid="proposal-target" />
        <div style={{ marginTop: 8 }}>
          <TargetPreview raw={text} />
        </div>
      </Modal>
    </>
  );
}
