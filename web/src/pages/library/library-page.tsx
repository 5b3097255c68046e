import { Alert, Button, Drawer, Form, Input, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { LEVEL1_CATEGORIES } from '../../../../src/core/indicator-categories';
import type { TLibraryEntry, TLibraryInput } from '../../../../src/contract/api/library-api';

const DIRECTIONS = ['higher', 'lower', 'qualitative'] as const;

function EntryModal({ open, entry, url, onClose, onSaved }: { open: boolean; entry: TLibraryEntry | null; url: string; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TLibraryInput>();
  const { busy, error, run } = useSubmit();
  const initial: TLibraryInput = entry ?? { name: '', level1: '产出指标', level2: '', definition: '', counted: '', excluded: '', unitOfMeasure: '', direction: 'higher', metric: null };
  const save = async () => {
    const values = await form.validateFields();
    await run(async () => {
      await api(entry ? 'PUT' : 'POST', entry ? `${url}/${entry.id}` : url, { ...initial, ...values, metric: values.metric?.trim() ? values.metric.trim() : null });
      onSaved();
    });
  };
  return (
    <Modal
      open={open}
      title={entry ? `${t('library.edit')} · ${entry.name}` : t('library.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item name="name" label={t('library.name')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="library-name" />
        </Form.Item>
        <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
          <Form.Item name="level1" label={t('indicator.level1')}>
            <Select options={LEVEL1_CATEGORIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="level2" label={t('indicator.level2')}>
            <Input />
          </Form.Item>
          <Form.Item name="unitOfMeasure" label={t('library.unit')}>
            <Input />
          </Form.Item>
          <Form.Item name="direction" label={t('library.direction')}>
            <Select options={DIRECTIONS.map((d) => ({ value: d, label: t(`library.direction.${d}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="definition" label={t('library.definition')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="counted" label={t('library.counted')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="excluded" label={t('library.excluded')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="library-excluded" />
        </Form.Item>
        <Form.Item name="metric" label={t('library.metric')}>
          <Input placeholder="legal-aid.cases-accepted" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HistoryDrawer({ unitCode, id, onClose }: { unitCode: string; id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const detail = useEndpoint('GET /api/units/:unitCode/library/:id', id === null ? null : { unitCode, id });
  const d = detail.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={d?.entry.name ?? ''} destroyOnHidden>
      {detail.error ? (
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      ) : !d ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>
            <b>{t('library.definition')}</b>：{d.entry.definition || '—'}
            <br />
            <b>{t('library.counted')}</b>：{d.entry.counted || '—'}
            <br />
            <b>{t('library.excluded')}</b>：{d.entry.excluded || '—'}
          </Typography.Paragraph>
          <Typography.Title level={5}>{t('library.history')}</Typography.Title>
          <Table
            size="small"
            rowKey={(h) => `${h.unit.code}|${h.year}|${h.projectCode ?? ''}|${h.name}`}
            dataSource={d.history}
            pagination={false}
            locale={{ emptyText: t('library.noHistory') }}
            columns={[
              { key: 'unit', title: t('library.unitName'), render: (_, h) => h.unit.name },
              { key: 'year', title: t('library.year'), width: 70, render: (_, h) => h.year },
              { key: 'project', title: t('indicators.project'), render: (_, h) => h.projectName ?? t('indicators.department') },
              { key: 'target', title: t('indicator.target'), width: 110, render: (_, h) => h.target },
              {
                key: 'actual',
                title: t('indicators.actual'),
                width: 130,
                render: (_, h) => (h.actual !== null ? h.actual : (h.assessment ?? '—')) + (h.actualSource ? `（${t(`rollover.source.${h.actualSource}`)}）` : ''),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

/** 指标库: browse the reusable indicators, open one's history, add and edit (finance, admin). */
export default function LibraryPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { unitCode } = useUnitYear();
  const url = `/api/units/${encodeURIComponent(unitCode)}/library`;
  const list = useEndpoint('GET /api/units/:unitCode/library', { unitCode });
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<TLibraryEntry | 'new' | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  if (list.error) return <ErrorAlert error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Skeleton active />;
  const shown = list.data.filter((e) => !search.trim() || e.name.includes(search.trim()));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('library.title')}
        </Typography.Title>
        <Space>
          <Input.Search allowClear placeholder={t('library.search')} onChange={(e) => setSearch(e.target.value)} style={{ width: 220 }} />
          {can('library.write') && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('library.add')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Text type="secondary">{t('library.intro')}</Typography.Text>
      <Table<TLibraryEntry>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="library-table"
        columns={[
          {
            key: 'name',
            title: t('library.name'),
            width: 150,
            render: (_, e) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpen(e.id)}>
                {e.name}
              </Button>
            ),
          },
          // level 1 above level 2, each on one line: squeezed into one cell they broke every two characters
          {
            key: 'levels',
            title: `${t('indicator.level1')} / ${t('indicator.level2')}`,
            width: 130,
            render: (_, e) => (
              <div style={{ whiteSpace: 'nowrap' }}>
                <div>{e.level1}</div>
                <Typography.Text type="secondary">{e.level2}</Typography.Text>
              </div>
            ),
          },
          { key: 'unit', title: t('library.unit'), width: 70, render: (_, e) => e.unitOfMeasure || '—' },
          { key: 'direction', title: t('library.direction'), width: 90, render: (_, e) => <Tag>{t(`library.direction.${e.direction}`)}</Tag> },
          { key: 'metric', title: t('library.metric'), width: 140, render: (_, e) => (e.metric ? <Tag color="blue" style={{ whiteSpace: 'normal' }}>{e.metricName ?? e.metric}</Tag> : '—') },
          { key: 'counted', title: t('library.counted'), width: 250, render: (_, e) => <Typography.Text type="secondary">{e.counted}</Typography.Text> },
          { key: 'excluded', title: t('library.excluded'), width: 150, render: (_, e) => <Typography.Text type="secondary">{e.excluded || '—'}</Typography.Text> },
          { key: 'uses', title: t('library.uses'), width: 70, render: (_, e) => e.uses },
          ...(can('library.write')
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 80,
                  render: (_: unknown, e: TLibraryEntry) => (
                    <Button size="small" onClick={() => setEditing(e)}>
                      {t('library.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <EntryModal
        open={editing !== null}
        entry={editing === 'new' ? null : editing}
        url={url}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void list.reload();
        }}
      />
      <HistoryDrawer unitCode={unitCode} id={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
