import { Alert, App, Button, Card, Empty, Form, Input, Skeleton, Space, Table, Typography } from 'antd';
import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import type { TTitledItem } from '../../../../src/contract/goal-book';

function TitledList({ name, label }: { name: 'areas' | 'safeguards'; label: string }) {
  const { t } = useI18n();
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
                <span style={{ paddingTop: 4 }}>({i + 1})</span>
                <Form.Item name={[field.name, 'title']} style={{ width: 180, marginBottom: 0 }}>
                  <Input placeholder={t('department.itemTitle')} />
                </Form.Item>
                <Form.Item name={[field.name, 'text']} style={{ width: 620, marginBottom: 0 }} rules={[{ required: true, whitespace: true }]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('department.itemText')} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} style={{ paddingTop: 8 }} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', text: '' })}>
              {t('common.add')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

const numbered = (items: string[]) => (
  <ol style={{ paddingInlineStart: 24 }}>
    {items.map((item, i) => (
      <li key={i} style={{ marginBottom: 8, whiteSpace: 'pre-wrap' }}>
        {item}
      </li>
    ))}
  </ol>
);
const titled = (items: TTitledItem[]) => numbered(items.map((a) => (a.title ? `${a.title}：${a.text}` : a.text)));

/** 部门整体绩效目标: read like the document, edit as lists of numbered items. */
export default function DepartmentGoalsPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const { apiBase, params } = useUnitYear();
  const book = useEndpoint('GET /api/units/:unitCode/years/:year/goal-book', params);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [form] = Form.useForm();
  if (book.error) return <ErrorAlert error={book.error} onRetry={book.reload} />;
  if (!book.data) return <Skeleton active />;
  const dg = book.data.departmentGoals;

  const save = async () => {
    const v = await form.validateFields();
    try {
      const result = await api<{ revision?: number }>('PUT', `${apiBase}/department-goals`, {
        ...(v.summary ? { summary: v.summary } : {}),
        overall: (v.overall as string[]).filter((s) => s && s.trim()),
        areas: v.areas,
        safeguards: v.safeguards,
      });
      message.success(result.revision ? `${t('common.saved')} · ${t('revisions.number', { n: result.revision })}` : t('common.saved'));
      setEditing(false);
      await book.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : undefined);
    }
  };

  if (editing) {
    return (
      <Card
        title={`${t('common.edit')} · ${t('menu.department')}`}
        extra={
          <Space>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={() => void save()}>
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ summary: dg.summary ?? '', overall: dg.overall, areas: dg.areas, safeguards: dg.safeguards }}>
          <Form.Item name="summary" label={`${t('department.overall')} · ${t('department.summary')}`}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Form.Item label={t('department.overall')}>
            <Form.List name="overall">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
                      <span style={{ paddingTop: 4 }}>({i + 1})</span>
                      <Form.Item name={field.name} style={{ width: 800, marginBottom: 0 }} rules={[{ required: true, whitespace: true }]}>
                        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} style={{ paddingTop: 8 }} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                    {t('common.add')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <TitledList name="areas" label={t('department.areas')} />
          <TitledList name="safeguards" label={t('department.safeguards')} />
        </Form>
      </Card>
    );
  }

  return (
    <Card
      title={t('department.heading', { unit: book.data.unit.name, year: book.data.year })}
      extra={can('goalBook.write') && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
    >
      <Typography.Title level={5}>{t('department.overall')}</Typography.Title>
      {dg.summary && <Typography.Paragraph>{dg.summary}</Typography.Paragraph>}
      {dg.overall.length > 0 ? numbered(dg.overall) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <Typography.Title level={5}>{t('department.areas')}</Typography.Title>
      {dg.areas.length > 0 ? titled(dg.areas) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <Typography.Title level={5}>{t('department.safeguards')}</Typography.Title>
      {dg.safeguards.length > 0 ? titled(dg.safeguards) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {dg.indicators && dg.indicators.length > 0 && (
        <>
          <Typography.Title level={5}>{t('department.indicators')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={dg.indicators}
            columns={[
              { title: t('indicator.level1'), dataIndex: 'level1' },
              { title: t('indicator.level2'), dataIndex: 'level2' },
              { title: t('indicator.name'), dataIndex: 'name' },
              { title: t('indicator.target'), dataIndex: ['target', 'raw'] },
              { title: t('indicator.basis'), dataIndex: 'basis' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
