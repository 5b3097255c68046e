import { App, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useEndpoint } from '../../api/use-endpoint';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { TUnitSanctions } from '../../../../src/contract/api/correction-work-api';
import { SanctionDecision } from './sanction-decision';

type Row = TUnitSanctions['sanctions'][number];

/**
 * 待审批的奖惩建议: proposals of the unit waiting for a decision, for those who decide them (names masked,
 * no grounds — the person's page shows those, audited); approve or return here, as on the person's page.
 */
export function PendingSanctions({ unitCode }: { unitCode: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const [deciding, setDeciding] = useState<Row | null>(null);
  const data = useEndpoint('GET /api/units/:unitCode/registers/:kind/sanctions', can('correction.sanction.decide') ? { unitCode, kind: 'correction' } : null, { state: 'submitted' });
  if (!can('correction.sanction.decide')) return null;
  return (
    <Card title={t('cw.sanctions.pending')} data-testid="pending-sanctions">
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={data.loading}
        pagination={false}
        dataSource={data.data?.sanctions ?? []}
        locale={{ emptyText: t('cw.sanctions.pendingNone') }}
        columns={[
          { key: 'person', title: t('cw.aftercare.name'), render: (_: unknown, s: Row) => `${s.personName}（${s.office ?? '—'}）` },
          { key: 'kind', title: t('cw.sanctions.kind'), render: (_: unknown, s: Row) => <Tag>{s.kind}</Tag> },
          { key: 'cause', title: t('cw.sanctions.cause'), render: (_: unknown, s: Row) => `${s.cause}${s.causeDays ? `（${s.causeDays}天）` : ''}` },
          { key: 'occurredOn', title: t('cw.sanctions.occurredOn'), dataIndex: 'occurredOn' },
          { key: 'basis', title: t('cw.sanctions.basis'), render: (_: unknown, s: Row) => s.proposedReason ?? (s.basisIds.map((id) => `#${id}`).join('、') || '—') },
          { key: 'by', title: t('cw.sanctions.proposedBy'), dataIndex: 'createdByName' },
          {
            key: 'actions',
            title: '',
            render: (_: unknown, s: Row) =>
              s.decidable && (
                <Button size="small" type="primary" onClick={() => setDeciding(s)}>
                  {t('cw.sanctions.decide')}
                </Button>
              ),
          },
        ]}
      />
      <SanctionDecision
        url={`/api/units/${encodeURIComponent(unitCode)}/correction-sanctions`}
        sanction={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          message.success(t('cw.sanctions.saved'));
          void data.reload();
        }}
      />
    </Card>
  );
}
