import { App, Button, Card, Col, Empty, Form, Input, List, Row, Select, Skeleton, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, ToolOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, download } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { SeverityTag } from './severity-tag';
import { ChangesTable } from '../import/import-page';
import type { TGoalBookChange } from '../../../../src/contract/goal-book-change';
import type { TReviewFindingView } from '../../../../src/contract/api/review-api';
import type { TReviewCriterion } from '../../../../src/core/review/types';

/** ?cell=2:target — the project page scrolls to that cell and highlights it. */
const cellQuery = (f: TReviewFindingView) => (f.indicatorIndex !== undefined ? `?cell=${f.indicatorIndex}:${f.field ?? 'name'}` : f.field ? `?cell=${f.field}` : '');

const CRITERION_COLOR = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c'];

/** the review criteria are Chinese words in core (the report's labels); the page names them in the language shown */
const CRITERION_KEY: Record<TReviewCriterion, MessageKey> = {
  完整性: 'review.criteria.completeness',
  规范性: 'review.criteria.conformity',
  可衡量性: 'review.criteria.measurability',
  相关性: 'review.criteria.relevance',
  一致性: 'review.criteria.consistency',
  重复: 'review.criteria.duplication',
  覆盖: 'review.criteria.coverage',
};

/** 绩效目标审核: counts, filters, every finding linked to its cell, one-click fixes, comments, export. */
export default function ReviewPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const { base, apiBase, params } = useUnitYear();
  const review = useEndpoint('GET /api/units/:unitCode/years/:year/review', params);
  const overview = useEndpoint('GET /api/units/:unitCode/years/:year/overview', params);
  const [severity, setSeverity] = useState<string>();
  const [criterion, setCriterion] = useState<string>();
  const [project, setProject] = useState<string>();
  const [fixableOnly, setFixableOnly] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [commentForm] = Form.useForm();

  const rows = useMemo(() => (review.data?.findings ?? []).map((f, i) => ({ ...f, key: i })), [review.data]);
  const filtered = rows.filter((f) => (!severity || f.severity === severity) && (!criterion || f.criterion === criterion) && (!project || (project === '-' ? !f.projectCode : f.projectCode === project)) && (!fixableOnly || f.fix));
  const criterionName = (c: string) => (c in CRITERION_KEY ? t(CRITERION_KEY[c as TReviewCriterion]) : c);
  const projectName = (code?: string) => (code ? (overview.data?.projects.find((p) => p.code === code)?.name ?? code) : t('review.department'));

  if (review.error) return <ErrorAlert error={review.error} onRetry={review.reload} />;
  if (!review.data) return <Skeleton active />;
  const r = review.data;

  // a fix changes the official document: show what it will change (the server's preview, before →
  // after) and apply it only once confirmed; it can be undone from the revision history
  const applyFixes = async (findings: TReviewFindingView[]) => {
    const body = { fixes: findings.map((f) => ({ rule: f.rule, projectCode: f.projectCode, indicatorIndex: f.indicatorIndex, field: f.fix!.field, value: f.fix!.value })) };
    let changes: TGoalBookChange[];
    try {
      changes = (await api<{ changes: TGoalBookChange[] }>('POST', `${apiBase}/review/fixes/preview`, body)).changes;
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
      return;
    }
    modal.confirm({
      title: t('review.confirmTitle', { n: changes.length }),
      width: 860,
      content: (
        <div data-testid="fix-preview">
          <Typography.Paragraph type="secondary">{t('review.confirmNote')}</Typography.Paragraph>
          <ChangesTable changes={changes} />
        </div>
      ),
      okText: t('review.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await api<{ revision?: number }>('POST', `${apiBase}/review/fixes`, body);
          message.success(`${t('common.saved')}${result.revision ? ` · ${t('revisions.number', { n: result.revision })}` : ''}`);
          setSelected([]);
          await review.reload();
        } catch (e) {
          if (e instanceof ApiError) message.error(errorText(e, lang));
        }
      },
    });
  };

  const addComment = async (values: { projectCode?: string; text: string }) => {
    try {
      await api('POST', `${apiBase}/review/comments`, { projectCode: values.projectCode ?? null, text: values.text });
      commentForm.resetFields();
      await review.reload();
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    }
  };

  const selectedFindings = rows.filter((f) => selected.includes(f.key) && f.fix);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('review.title')} · {r.unit.name} {r.year}
        </Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`${apiBase}/review/export?format=xlsx`)}>
            {t('review.exportXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`${apiBase}/review/export?format=docx`)}>
            {t('review.exportDocx')}
          </Button>
        </Space>
      </Space>
      <Row gutter={16}>
        {(['error', 'warning', 'suggestion'] as const).map((s) => (
          <Col xs={12} md={6} key={s}>
            <Card hoverable onClick={() => setSeverity(severity === s ? undefined : s)} style={severity === s ? { borderColor: '#1677ff' } : undefined}>
              <Statistic title={<SeverityTag severity={s} />} value={r.counts.bySeverity[s] ?? 0} />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Card hoverable onClick={() => setFixableOnly(!fixableOnly)} style={fixableOnly ? { borderColor: '#1677ff' } : undefined}>
            <Statistic title={t('review.fixable')} value={r.counts.fixable} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('review.criterion')}>
        <Space wrap>
          {Object.entries(r.counts.byCriterion).map(([c, n], i) => (
            <Tag.CheckableTag key={c} checked={criterion === c} onChange={(on) => setCriterion(on ? c : undefined)} style={{ fontSize: 14, padding: '2px 10px', border: `1px solid ${CRITERION_COLOR[i % CRITERION_COLOR.length]}` }}>
              {criterionName(c)} {n}
            </Tag.CheckableTag>
          ))}
        </Space>
      </Card>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={t('review.severity')} style={{ width: 120 }} value={severity} onChange={setSeverity} options={['error', 'warning', 'suggestion'].map((s) => ({ value: s, label: t(`review.${s}` as 'review.error') }))} />
          <Select allowClear placeholder={t('review.criterion')} style={{ width: 140 }} value={criterion} onChange={setCriterion} options={Object.keys(r.counts.byCriterion).map((c) => ({ value: c, label: criterionName(c) }))} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('review.project')}
            style={{ width: 320 }}
            value={project}
            onChange={setProject}
            options={[{ value: '-', label: t('review.department') }, ...(overview.data?.projects ?? []).map((p) => ({ value: p.code, label: p.name }))]}
          />
          <Space>
            <Switch checked={fixableOnly} onChange={setFixableOnly} /> {t('review.fixable')}
          </Space>
          {can('review.apply') && (
            <Button type="primary" icon={<ToolOutlined />} disabled={selectedFindings.length === 0} onClick={() => void applyFixes(selectedFindings)}>
              {t('review.applySelected')}（{selectedFindings.length}）
            </Button>
          )}
        </Space>
        <Table
          size="middle"
          dataSource={filtered}
          pagination={{ pageSize: 20, showTotal: (n) => t('review.total', { n }) }}
          rowSelection={can('review.apply') ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (f) => ({ disabled: !f.fix }) } : undefined}
          locale={{ emptyText: <Empty description={t('review.noFindings')} /> }}
          columns={[
            { title: t('review.severity'), dataIndex: 'severity', width: 80, render: (s: TReviewFindingView['severity']) => <SeverityTag severity={s} /> },
            { title: t('review.criterion'), dataIndex: 'criterion', width: 110, render: (c: string) => criterionName(c) },
            {
              title: t('review.project'),
              width: 220,
              render: (_, f) =>
                f.projectCode ? (
                  <Link to={`${base}/projects/${f.projectCode}${cellQuery(f)}`}>{projectName(f.projectCode)}</Link>
                ) : (
                  <Link to={`${base}/department`}>{t('review.department')}</Link>
                ),
            },
            { title: t('indicator.name'), dataIndex: 'indicator', width: 180, render: (v?: string) => v && <Tag>{v}</Tag> },
            {
              title: t('review.problem'),
              render: (_, f) => (
                <div>
                  <div>{f.message}</div>
                  {f.suggestion && <Typography.Text type="secondary">{f.suggestion}</Typography.Text>}
                </div>
              ),
            },
            {
              title: '',
              width: 110,
              render: (_, f) =>
                f.fix && can('review.apply') ? (
                  <Button size="small" icon={<ToolOutlined />} onClick={() => void applyFixes([f])} title={`→ ${f.fix.value}`}>
                    {t('review.applyFix')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={`${t('review.comments')}（${r.comments.length}）`}>
        <List
          dataSource={r.comments}
          locale={{ emptyText: t('common.noData') }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={`${c.authorName}（${c.authorRole}）· ${new Date(c.createdAt).toLocaleString('zh-CN')}`} description={`${c.projectCode ? projectName(c.projectCode) + '：' : ''}${c.text}`} />
            </List.Item>
          )}
        />
        {can('review.comment') && (
          <Form form={commentForm} layout="inline" onFinish={(v) => void addComment(v)} style={{ marginTop: 12 }}>
            <Form.Item name="projectCode">
              <Select allowClear placeholder={t('review.department')} style={{ width: 260 }} options={(overview.data?.projects ?? []).map((p) => ({ value: p.code, label: p.name }))} />
            </Form.Item>
            <Form.Item name="text" rules={[{ required: true, whitespace: true, message: t('review.commentRequired') }]} style={{ flex: 1, minWidth: 300 }}>
              <Input.TextArea autoSize placeholder={t('review.addComment')} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('review.addComment')}
            </Button>
          </Form>
        )}
      </Card>
    </Space>
  );
}
