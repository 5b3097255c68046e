import { Card, Skeleton, Table, Tag } from 'antd';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { ChangesTable } from '../import/import-page';
import type { TGoalBookChange } from '../../../../src/contract/goal-book-change';

interface RevisionSummary {
  number: number;
  source: 'import' | 'edit' | 'review-fix' | 'restore';
  summary: string;
  changeCount: number;
  actorName: string;
  createdAt: string;
}

function RevisionChanges({ url }: { url: string }) {
  const detail = useApi<{ changes: TGoalBookChange[] }>(url);
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return <ChangesTable changes={detail.data.changes} />;
}

/** Every version of the goal book: who changed what and when, with the changes themselves. */
export default function RevisionsPage() {
  const { t } = useI18n();
  const { apiBase } = useUnitYear();
  const revisions = useApi<RevisionSummary[]>(`${apiBase}/revisions`);
  if (revisions.error) return <ErrorAlert error={revisions.error} onRetry={revisions.reload} />;
  return (
    <Card title={t('revisions.title')}>
      <Table
        loading={revisions.loading}
        rowKey="number"
        dataSource={revisions.data}
        expandable={{ expandedRowRender: (r) => <RevisionChanges url={`${apiBase}/revisions/${r.number}`} /> }}
        columns={[
          { title: '#', dataIndex: 'number', width: 70, render: (n: number) => t('revisions.number', { n }) },
          { title: '', dataIndex: 'source', width: 130, render: (s: RevisionSummary['source']) => <Tag color={s === 'import' ? 'green' : s === 'review-fix' ? 'purple' : 'blue'}>{t(`revisions.source.${s}`)}</Tag> },
          { title: t('revisions.changes'), dataIndex: 'summary' },
          { title: '', dataIndex: 'changeCount', width: 80, render: (n: number) => `${n} 处` },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 140 },
          { title: t('audit.at'), dataIndex: 'createdAt', width: 190, render: (v: string) => new Date(v).toLocaleString('zh-CN') },
        ]}
      />
    </Card>
  );
}
