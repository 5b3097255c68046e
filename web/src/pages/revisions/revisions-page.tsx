import { App, Button, Card, Skeleton, Table, Tag } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client';
import { errorText } from '../../components/error-alert';
import { useSession } from '../../session/session';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { ChangesTable } from '../import/import-page';
import type { EndpointReply } from '../../../../src/contract/api/endpoints';
import { actorName } from '../../components/actor-name';

type RevisionSummary = EndpointReply<'GET /api/units/:unitCode/years/:year/revisions'>[number];

function RevisionChanges({ number }: { number: number }) {
  const { params } = useUnitYear();
  const detail = useEndpoint('GET /api/units/:unitCode/years/:year/revisions/:number', { ...params, number });
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return <ChangesTable changes={detail.data.changes} />;
}

/** Every version of the goal book: who changed what and when, with the changes themselves. */
export default function RevisionsPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const { apiBase, params } = useUnitYear();
  const revisions = useEndpoint('GET /api/units/:unitCode/years/:year/revisions', params);
  if (revisions.error) return <ErrorAlert error={revisions.error} onRetry={revisions.reload} />;

  // 撤销此修订: a review fix (applied in one click) set back as a new revision; the server refuses it
  // when a later revision touched the same cells, and says which
  const undo = (r: RevisionSummary) =>
    modal.confirm({
      title: t('revisions.undoTitle', { n: r.number }),
      width: 860,
      content: (
        <div data-testid="undo-preview">
          <p>{t('revisions.undoNote', { n: r.changeCount })}</p>
          <RevisionChanges number={r.number} />
        </div>
      ),
      okText: t('revisions.undo'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await api<{ revision?: number }>('POST', `${apiBase}/revisions/${r.number}/undo`);
          message.success(`${t('revisions.undone', { n: r.number })}${result.revision ? ` · ${t('revisions.number', { n: result.revision })}` : ''}`);
          await revisions.reload();
        } catch (e) {
          if (e instanceof ApiError) message.error(errorText(e, lang));
          else throw e;
        }
      },
    });
  return (
    <Card title={t('revisions.title')}>
      <Table
        loading={revisions.loading}
        rowKey="number"
        dataSource={revisions.data}
        expandable={{ expandedRowRender: (r) => <RevisionChanges number={r.number} /> }}
        columns={[
          { title: '#', dataIndex: 'number', width: 130, render: (n: number) => t('revisions.number', { n }) },
          { title: t('revisions.source'), dataIndex: 'source', width: 130, render: (s: RevisionSummary['source']) => <Tag color={s === 'import' ? 'green' : s === 'review-fix' ? 'purple' : s === 'undo' ? 'orange' : 'blue'}>{t(`revisions.source.${s}`)}</Tag> },
          { title: t('revisions.changes'), dataIndex: 'summary' },
          { title: t('revisions.changeCount'), dataIndex: 'changeCount', width: 90, render: (n: number) => t('revisions.changeCountValue', { n }) },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 140, render: (name: string) => actorName(name, t) },
          { title: t('audit.at'), dataIndex: 'createdAt', width: 190, render: (v: string) => new Date(v).toLocaleString('zh-CN') },
          ...(can('review.apply')
            ? [
                {
                  title: t('common.actions'),
                  key: 'undo',
                  width: 130,
                  render: (_: unknown, r: RevisionSummary) =>
                    r.source === 'review-fix' ? (
                      <Button size="small" icon={<UndoOutlined />} onClick={() => undo(r)} data-testid={`undo-${r.number}`}>
                        {t('revisions.undo')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
