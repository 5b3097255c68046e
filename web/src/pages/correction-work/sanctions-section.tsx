import { Alert, App, Button, DatePicker, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useUnitYear } from '../../app/unit-year';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { STATE_LABEL } from '../../../../src/core/workflow';
import type { TSanction } from '../../../../src/contract/api/correction-work-api';
import { isoOf } from './date-field';
import { SanctionDecision } from './sanction-decision';
import { SanctionForm, type SanctionDraft } from './sanction-form';

const KIND_COLOR: Record<string, string> = { 表扬: 'green', 训诫: 'orange', 警告: 'volcano', 提请治安处罚: 'red', 提请撤销: 'magenta' };
const STATE_COLOR: Record<string, string> = { submitted: 'processing', approved: 'success', returned: 'warning', locked: 'default', draft: 'default' };

/**
 * A person's rewards and sanctions on their page: the list (grounds masked; shown on request, and
 * every read is audited by the server), the ladder's proposal with a button to propose it, entering a
 * decided one, deciding a proposal (someone other than its author), and marking one corrected.
 */
export function SanctionsSection({ personId }: { personId: number }) {
  const { unitCode } = useUnitYear();
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const [unmasked, setUnmasked] = useState(false);
  const [draft, setDraft] = useState<SanctionDraft | null>(null);
  const [deciding, setDeciding] = useState<TSanction | null>(null);
  const [correcting, setCorrecting] = useState<TSanction | null>(null);
  const [correctedOn, setCorrectedOn] = useState<Dayjs | null>(null);
  const corrected = useSubmit();
  const base = `/api/units/${encodeURIComponent(unitCode)}/registers/correction`;
  const url = `${base}/people/records/${personId}/sanctions`;
  const data = useEndpoint(
    'GET /api/units/:unitCode/registers/:kind/:sheet/records/:recordId/sanctions',
    can('correction.sanction.read') ? { unitCode, kind: 'correction', sheet: 'people', recordId: personId } : null,
    { unmasked: unmasked ? 'true' : undefined },
  );
  if (!can('correction.sanction.read')) return null;
  const mayRecord = can('correction.sanction.record');
  const saved = () => {
    message.success(t('cw.sanctions.saved'));
    setDraft(null);
    setDeciding(null);
    setCorrecting(null);
    void data.reload();
  };

  const columns = [
    { key: 'id', title: '#', dataIndex: 'id', width: 50 },
    { key: 'kind', title: t('cw.sanctions.kind'), render: (_: unknown, s: TSanction) => <Tag color={KIND_COLOR[s.kind]}>{s.kind}</Tag> },
    { key: 'cause', title: t('cw.sanctions.cause'), render: (_: unknown, s: TSanction) => `${s.cause}${s.causeDays ? `（${s.causeDays}天）` : ''}` },
    { key: 'occurredOn', title: t('cw.sanctions.occurredOn'), dataIndex: 'occurredOn' },
    {
      key: 'grounds',
      title: t('cw.sanctions.grounds'),
      render: (_: unknown, s: TSanction) => (unmasked ? s.grounds : <Typography.Text type="secondary">{t('cw.sanctions.groundsMasked')}</Typography.Text>),
    },
    { key: 'decision', title: t('cw.sanctions.documentNo'), render: (_: unknown, s: TSanction) => (s.documentNo ? `${s.documentNo}${s.decidedOn ? ` · ${s.decidedOn}` : ''}` : '—') },
    {
      key: 'state',
      title: t('cw.sanctions.state'),
      render: (_: unknown, s: TSanction) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATE_COLOR[s.state]} data-testid={`sanction-state-${s.id}`}>
            {STATE_LABEL[s.state][lang]}
          </Tag>
          {s.basisIds.length > 0 && <Typography.Text type="secondary">{`${t('cw.sanctions.basis')} ${s.basisIds.map((id) => `#${id}`).join('、')}`}</Typography.Text>}
          {s.returnReason && <Typography.Text type="warning">{s.returnReason}</Typography.Text>}
          {s.correctedOn && <Typography.Text type="success">{`${t('cw.sanctions.corrected')} ${s.correctedOn}`}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: '',
      render: (_: unknown, s: TSanction) => (
        <Space size={4}>
          {s.decidable && (
            <Button size="small" type="primary" onClick={() => setDeciding(s)} data-testid={`sanction-decide-${s.id}`}>
              {t('cw.sanctions.decide')}
            </Button>
          )}
          {mayRecord && s.state === 'approved' && s.kind !== '表扬' && s.correctedOn === null && (
            <Button size="small" onClick={() => setCorrecting(s)}>
              {t('cw.sanctions.markCorrected')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="sanctions-section">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('cw.sanctions.title')}
        </Typography.Title>
        <Space>
          {!unmasked && can('personalData.unmask') && (
            <Tooltip title={t('cw.sanctions.groundsAudited')}>
              <Button size="small" icon={<EyeOutlined />} onClick={() => setUnmasked(true)}>
                {t('cw.sanctions.showGrounds')}
              </Button>
            </Tooltip>
          )}
          {mayRecord && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDraft({ mode: 'record', basisIds: [] })} data-testid="sanction-add">
              {t('cw.sanctions.record')}
            </Button>
          )}
        </Space>
      </Space>
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.data?.proposal && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="sanction-proposal"
          title={t('cw.sanctions.proposal', { kind: data.data.proposal.kind, reason: data.data.proposal.reason })}
          description={t('cw.sanctions.proposalHint')}
          action={
            mayRecord && (
              <Button size="small" type="primary" onClick={() => { const p = data.data!.proposal!; setDraft({ mode: 'propose', kind: p.kind, basisIds: p.basisIds, ...(p.lostContact ? { cause: '脱管' as const, causeDays: p.lostContact.days } : {}) }); }} data-testid="sanction-adopt">
                {t('cw.sanctions.adopt')}
              </Button>
            )
          }
        />
      )}
      <Table<TSanction>
        size="small"
        rowKey="id"
        pagination={false}
        loading={data.loading}
        dataSource={data.data?.sanctions ?? []}
        columns={columns}
        locale={{ emptyText: t('cw.sanctions.none') }}
        scroll={{ x: true }}
      />
      {data.data && <SanctionForm url={url} draft={draft} ladder={data.data.ladder} onClose={() => setDraft(null)} onSaved={saved} />}
      <SanctionDecision url={`/api/units/${encodeURIComponent(unitCode)}/correction-sanctions`} sanction={deciding} onClose={() => setDeciding(null)} onDone={saved} />
      <Modal
        open={correcting !== null}
        title={t('cw.sanctions.markCorrected')}
        onCancel={() => setCorrecting(null)}
        okButtonProps={{ disabled: correctedOn === null }}
        confirmLoading={corrected.busy}
        onOk={() =>
          void corrected.run(async () => {
            await api('POST', `${base}/sanctions/${correcting!.id}/corrected`, { correctedOn: isoOf(correctedOn) });
            saved();
          })
        }
        destroyOnHidden
      >
        {corrected.error && <Alert type="error" showIcon title={errorText(corrected.error, lang)} style={{ marginBottom: 12 }} />}
        <Space>
          {t('cw.sanctions.correctedOn')}
          <DatePicker value={correctedOn} onChange={setCorrectedOn} />
        </Space>
      </Modal>
    </div>
  );
}
