import { Alert, Button, Card, Col, Collapse, InputNumber, List, Result, Row, Space, Spin, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import { wan } from '../../components/money';
import { ChangeValue } from '../revisions/change-value';
import { SeverityTag } from '../review/severity-tag';
import type { EndpointReply } from '../../../../src/contract/api/endpoints';
import type { TGoalBookChange } from '../../../../src/contract/goal-book-change';

/** the server's preview of an upload: read, diffed against what is stored, reviewed */
type Preview = EndpointReply<'POST /api/goal-books/preview'>;

const OP_COLOR = { create: 'green', update: 'blue', delete: 'red' } as const;

export function ChangesTable({ changes }: { changes: TGoalBookChange[] }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      dataSource={changes}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: '', dataIndex: 'op', width: 64, render: (op: keyof typeof OP_COLOR) => <Tag color={OP_COLOR[op]}>{t(`import.op.${op}`)}</Tag> },
        { title: t('review.project'), render: (_, c) => (c.projectCode ? `${c.projectName ?? ''}（${c.projectCode}）` : t('review.department')) },
        { title: t('indicator.name'), dataIndex: 'indicator' },
        { title: t('import.field'), dataIndex: 'field', width: 120 },
        { title: t('revisions.before'), render: (_, c) => <ChangeValue value={c.before} /> },
        { title: t('revisions.after'), render: (_, c) => <ChangeValue value={c.after} /> },
      ]}
    />
  );
}

/** Upload a goal document, see what it will create or change (and what the review finds), then confirm. */
export default function ImportPage() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState<number | null>(null);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ status: string; revision?: number }>();

  const read = async (file: File) => {
    setReading(true);
    setError(undefined);
    setPreview(undefined);
    setDone(undefined);
    const form = new FormData();
    if (year) form.append('year', String(year));
    form.append('file', file);
    try {
      setPreview(await api<Preview>('POST', '/api/goal-books/preview', form));
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    } finally {
      setReading(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setSaving(true);
    try {
      setDone(await api('POST', '/api/goal-books', preview.goalBook));
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  if (done && preview) {
    const to = `/u/${preview.goalBook.unit.code}/${preview.goalBook.year}/overview`;
    return (
      <Result
        status="success"
        title={t('import.doneFor', { unit: preview.goalBook.unit.name, year: preview.goalBook.year })}
        subTitle={done.status === 'unchanged' ? t('import.nothing') : `${preview.diff.summary}${done.revision ? ` · ${t('revisions.number', { n: done.revision })}` : ''}`}
        extra={[
          <Link key="go" to={to}>
            <Button type="primary">{t('menu.overview')}</Button>
          </Link>,
          <Button key="again" onClick={() => { setDone(undefined); setPreview(undefined); }}>
            {t('import.another')}
          </Button>,
        ]}
      />
    );
  }

  const book = preview?.goalBook;
  const counts = preview ? { error: 0, warning: 0, suggestion: 0, ...Object.fromEntries(['error', 'warning', 'suggestion'].map((s) => [s, preview.findings.filter((f) => f.severity === s).length])) } : undefined;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('import.title')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <span>{t('import.year')}</span>
            <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v)} placeholder="2022" />
          </Space>
          <Upload.Dragger
            accept=".docx,.xlsx,.txt,.json"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void read(file);
              return false;
            }}
            disabled={reading}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.formats')}</p>
          </Upload.Dragger>
          {reading && <Spin tip={t('import.reading')}><div style={{ height: 48 }} /></Spin>}
          {error && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="import-error" />}
        </Space>
      </Card>
      {preview && book && (
        <Card
          title={t('import.previewFor', { unit: book.unit.name, code: book.unit.code, year: book.year })}
          extra={
            <Button type="primary" onClick={() => void confirm()} loading={saving} disabled={!preview.diff.isNew && preview.diff.changes.length === 0}>
              {t('import.confirm')}
            </Button>
          }
        >
          <Row gutter={16}>
            <Col span={6}>
              <Statistic title={t('overview.projects')} value={book.projects.length} />
            </Col>
            <Col span={6}>
              <Statistic title={t('overview.indicators')} value={book.projects.reduce((n, p) => n + p.indicators.length, 0)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('overview.budget')} value={wan(book.projects.reduce((s, p) => s + p.budget.total, 0))} suffix={t('unit.wan')} />
            </Col>
            <Col span={6}>
              <Statistic title={preview.diff.isNew ? t('import.willCreate') : t('import.willChange')} value={preview.diff.changes.length} suffix={t('import.changeSuffix')} />
            </Col>
          </Row>
          <Alert style={{ margin: '16px 0' }} type={preview.diff.changes.length === 0 ? 'success' : 'info'} showIcon title={preview.diff.changes.length === 0 ? t('import.nothing') : preview.diff.summary} />
          <Collapse
            defaultActiveKey={book.warnings.length > 0 ? ['warnings'] : []}
            items={[
              {
                key: 'warnings',
                label: `${t('import.warnings')}（${book.warnings.length}）`,
                children: <List size="small" dataSource={book.warnings} renderItem={(w) => <List.Item>{w.location}：{w.message}</List.Item>} />,
              },
              {
                key: 'findings',
                label: (
                  <span>
                    {t('import.findings')}（{preview.findings.length}）{' '}
                    {counts && (
                      <>
                        <Tag color="red">{counts.error}</Tag>
                        <Tag color="orange">{counts.warning}</Tag>
                        <Tag color="blue">{counts.suggestion}</Tag>
                      </>
                    )}
                  </span>
                ),
                children: (
                  <List
                    size="small"
                    dataSource={preview.findings}
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    renderItem={(f) => (
                      <List.Item>
                        <SeverityTag severity={f.severity} /> {f.projectCode ? `${book.projects.find((p) => p.code === f.projectCode)?.name ?? f.projectCode} · ` : ''}
                        {f.message}
                      </List.Item>
                    )}
                  />
                ),
              },
              { key: 'changes', label: `${t('import.changes')}（${preview.diff.changes.length}）`, children: <ChangesTable changes={preview.diff.changes} /> },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('import.allOrNothing')}
          </Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}
