import { App, Button, Card, Empty, List, Popconfirm, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, LineChartOutlined, PlusOutlined, ToolOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { GoalTable, type CellMark } from '../../components/goal-table';
import { wan } from '../../components/money';
import { projectGrid } from '../../../../src/documents/export/goal-book-layout';
import type { TReviewFindingView } from '../../../../src/contract/api/review-api';
import { IndicatorModal } from './indicator-modal';
import { ProjectDrawer } from './project-drawer';
import { SeverityTag } from '../review/severity-tag';

type Editing = { kind: 'project' } | { kind: 'indicator'; index: number | null } | null;

export default function ProjectPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { code } = useParams();
  const [search] = useSearchParams();
  const { base, apiBase, params } = useUnitYear();
  const overview = useEndpoint('GET /api/units/:unitCode/years/:year/overview', params);
  const project = useEndpoint('GET /api/units/:unitCode/years/:year/projects/:code', code ? { ...params, code } : null);
  const review = useEndpoint('GET /api/units/:unitCode/years/:year/review', can('review.read') ? params : null);
  const [editing, setEditing] = useState<Editing>(null);
  const mayEdit = can('goalBook.write');

  const findings = useMemo(() => (review.data?.findings ?? []).filter((f) => f.projectCode === code), [review.data, code]);
  const marks = useMemo(() => {
    const map = new Map<string, CellMark[]>();
    for (const f of findings) {
      const key = f.indicatorIndex !== undefined ? `${f.indicatorIndex}:${f.field ?? 'name'}` : (f.field ?? '');
      const list = map.get(key) ?? [];
      list.push({ severity: f.severity, text: f.message });
      map.set(key, list);
    }
    return map;
  }, [findings]);

  if (!code) {
    const first = overview.data?.projects[0];
    if (first) return <Navigate to={`${base}/projects/${first.code}`} replace />;
    if (overview.error) return <ErrorAlert error={overview.error} />;
    return overview.loading ? <Skeleton active /> : <Empty />;
  }
  if (project.error) return <ErrorAlert error={project.error} onRetry={project.reload} />;
  const p = project.data;
  const unit = overview.data?.unit;
  if (!p || !unit) return <Skeleton active />;

  const saved = async (revision?: number) => {
    setEditing(null);
    message.success(revision ? `${t('common.saved')} · ${t('revisions.number', { n: revision })}` : t('common.saved'));
    await Promise.all([project.reload(), review.reload(), overview.reload()]);
  };

  const remove = async (index: number) => {
    try {
      const result = await api<{ revision?: number }>('DELETE', `${apiBase}/indicators/${p.indicators[index]!.id}`);
      await saved(result.revision);
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    }
  };

  const applyFix = async (f: TReviewFindingView) => {
    try {
      const result = await api<{ revision?: number }>('POST', `${apiBase}/review/fixes`, {
        fixes: [{ rule: f.rule, projectCode: f.projectCode, indicatorIndex: f.indicatorIndex, field: f.fix!.field, value: f.fix!.value }],
      });
      await saved(result.revision);
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    }
  };

  const grid = projectGrid(unit, p, p.position + 1);
  const editingIndicator = editing?.kind === 'indicator' && editing.index !== null ? p.indicators[editing.index] : undefined;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 420 }}
          value={code}
          aria-label={t('project.name')}
          options={(overview.data?.projects ?? []).map((x, i) => ({ value: x.code, label: `${i + 1}. ${x.name}（${wan(x.budget.total)} ${t('unit.wan')}）` }))}
          onChange={(next) => navigate(`${base}/projects/${next}`)}
        />
        <Space>
          {can('indicator.read') && (
            <Link to={`${base}/indicators?project=${encodeURIComponent(code)}`}>
              <Button icon={<LineChartOutlined />}>{t('indicators.viewProgress')}</Button>
            </Link>
          )}
          {mayEdit && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing({ kind: 'project' })}>
                {t('project.editProject')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'indicator', index: null })}>
                {t('project.addIndicator')}
              </Button>
            </>
          )}
        </Space>
      </Space>
      <Card title={<Typography.Text strong>{grid.title}</Typography.Text>} styles={{ body: { padding: 12 } }}>
        <GoalTable
          grid={grid}
          marks={marks}
          focus={search.get('cell')}
          onCellClick={
            mayEdit
              ? (cell) => setEditing(cell.ref?.indicatorIndex !== undefined ? { kind: 'indicator', index: cell.ref.indicatorIndex } : { kind: 'project' })
              : undefined
          }
          rowActions={
            mayEdit
              ? (index) => (
                  <Space size={0}>
                    <Button type="text" size="small" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${p.indicators[index]?.name}`} onClick={() => setEditing({ kind: 'indicator', index })} />
                    <Popconfirm title={t('indicator.deleteConfirm')} onConfirm={() => void remove(index)} okText={t('common.delete')} cancelText={t('common.cancel')}>
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${p.indicators[index]?.name}`} />
                    </Popconfirm>
                  </Space>
                )
              : undefined
          }
        />
      </Card>
      {review.data && (
        <Card title={`${t('project.findings')}（${findings.length}）`}>
          {findings.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noFindings')} />
          ) : (
            <List
              dataSource={findings}
              renderItem={(f) => (
                <List.Item
                  actions={
                    f.fix && can('review.apply')
                      ? [
                          <Button key="fix" size="small" icon={<ToolOutlined />} onClick={() => void applyFix(f)}>
                            {t('review.applyFix')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    avatar={<SeverityTag severity={f.severity} />}
                    title={
                      <span>
                        {f.indicator ? <Tag>{f.indicator}</Tag> : null}
                        {f.message}
                      </span>
                    }
                    description={f.suggestion ?? (f.fix ? `→ ${f.fix.value}` : null)}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      <ProjectDrawer open={editing?.kind === 'project'} project={p} url={`${apiBase}/projects/${encodeURIComponent(p.code)}`} onClose={() => setEditing(null)} onSaved={(r) => void saved(r)} />
      <IndicatorModal
        open={editing?.kind === 'indicator'}
        title={editingIndicator ? `${t('common.edit')} · ${editingIndicator.name}` : t('project.addIndicator')}
        initial={editingIndicator}
        method={editingIndicator ? 'PUT' : 'POST'}
        submitUrl={editingIndicator ? `${apiBase}/indicators/${editingIndicator.id}` : `${apiBase}/projects/${encodeURIComponent(p.code)}/indicators`}
        onClose={() => setEditing(null)}
        onSaved={(r) => void saved(r)}
      />
    </Space>
  );
}
