import { Card, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { TPersonMonth, TWorkspace } from '../../../../src/contract/api/correction-api';
import { DutyTags, LifecycleClockTag } from './lifecycle-parts';

/** The workspace's lifecycle clocks due soon or overdue (调查评估, 报到, 解除), most overdue first. */
export function DueClocks({ clocks }: { clocks: TWorkspace['clocks'] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('life.dueClocks')} data-testid="due-clocks">
      <Table
        size="small"
        rowKey={(c) => `${c.personId}-${c.kind}`}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={clocks}
        locale={{ emptyText: t('life.noDueClocks') }}
        columns={[
          { title: t('corr.office'), dataIndex: 'office' },
          { title: t('corr.person'), dataIndex: 'personName' },
          { title: t('life.kind'), render: (_, c) => <LifecycleClockTag clock={c} /> },
          { title: t('life.due'), dataIndex: 'due' },
        ]}
      />
    </Card>
  );
}

/** Each person under correction with the month's duties so far: met, missed or in progress. */
export function MonthDutiesCard({ duties }: { duties: TWorkspace['duties'] }) {
  const { t } = useI18n();
  const color = (m: boolean | null) => (m === true ? 'green' : m === false ? 'red' : 'blue');
  const state = (m: boolean | null): MessageKey => (m === true ? 'life.duty.met' : m === false ? 'life.duty.missed' : 'life.duty.open');
  return (
    <Card size="small" title={t('life.monthDuties', { month: duties.month })} data-testid="month-duties">
      <Typography.Paragraph type="secondary">{t('life.dutiesSummary', { met: duties.met, missed: duties.missed, open: duties.open })}</Typography.Paragraph>
      <Table<TPersonMonth>
        size="small"
        rowKey="personId"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={duties.people}
        columns={[
          { title: t('corr.office'), dataIndex: 'office' },
          { title: t('corr.person'), dataIndex: 'personName' },
          { title: t('corr.class'), render: (_, p) => p.duties.dutyClass },
          { title: t('life.dutyState'), render: (_, p) => <Tag color={color(p.duties.met)} data-testid={`duties-${p.personId}`}>{t(state(p.duties.met))}</Tag> },
          { title: t('life.dutyDetail'), render: (_, p) => <DutyTags duties={p.duties} /> },
        ]}
      />
    </Card>
  );
}
