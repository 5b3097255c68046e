import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { JOINT_KINDS, JOINT_PARTNERS } from '../../../../src/core/correction/joint-work';
import type { TJointWork } from '../../../../src/contract/api/correction-work-api';
import { ClockTag } from './clock-tag';
import { isoOf } from './date-field';
import { PendingSanctions } from './pending-sanctions';
import { WorkSettingsModal } from './work-settings-modal';

type Inspection = TJointWork['inspections'][number];
type Item = Inspection['items'][number];
type Opinion = TJointWork['opinions'][number];

interface InspectionValues {
  heldOn?: Dayjs;
  kind: string;
  partners: string[];
  findings: string;
  items: Array<{ item: string; owner: string; dueOn?: Dayjs }>;
}

/** What a small form needs: a title, a date field and a text field posted to one URL. */
interface DateTextTarget {
  title: string;
  url: string;
  dateKey: string;
  dateLabel: string;
  textKey: string;
  textLabel: string;
  required: boolean;
}

interface SmallValues {
  date?: Dayjs;
  documentNo?: string;
  text?: string;
}

/**
 * 联合检查与纠正意见 (issue 15, item 7): the year's joint inspections with their rectification items — owner,
 * due date and clock — and the procuratorate's 纠正意见 with the written answer and its deadline, as of a
 * date. Entering and closing items for those who keep the correction register.
 */
export default function JointWorkPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const { unitCode, year } = useUnitYear();
  const today = dayjs().format('YYYY-MM-DD');
  const [asOf, setAsOf] = useState(today < `${year}-12-31` ? today : `${year}-12-31`);
  const base = `/api/units/${encodeURIComponent(unitCode)}/registers/correction/joint-work`;
  const data = useEndpoint('GET /api/units/:unitCode/registers/:kind/joint-work', { unitCode, kind: 'correction' }, { year, asOf });
  const [adding, setAdding] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  /** inspections whose items the user folded away (all are open by default) */
  const [collapsed, setCollapsed] = useState<number[]>([]);
  const [target, setTarget] = useState<DateTextTarget | null>(null);
  const [form] = Form.useForm<InspectionValues>();
  const [small] = Form.useForm<SmallValues>();
  const submit = useSubmit();
  const mayWrite = can('register.write');
  const done = () => {
    message.success(t('cw.sanctions.saved'));
    setAdding(false);
    setTarget(null);
    void data.reload();
  };

  const saveInspection = (v: InspectionValues) =>
    submit.run(async () => {
      await api('POST', `${base}/inspections`, {
        heldOn: isoOf(v.heldOn),
        kind: v.kind,
        partners: v.partners,
        findings: v.findings,
        items: (v.items ?? []).map((i) => ({ item: i.item, owner: i.owner, dueOn: isoOf(i.dueOn) })),
      });
      done();
    });
  const saveSmall = (v: SmallValues) =>
    submit.run(async () => {
      await api('POST', target!.url, { ...(v.documentNo ? { documentNo: v.documentNo.trim() } : {}), [target!.dateKey]: isoOf(v.date), [target!.textKey]: v.text?.trim() || null });
      done();
    });

  const itemColumns = [
    { key: 'item', title: t('cw.joint.item'), dataIndex: 'item' },
    { key: 'owner', title: t('cw.joint.owner'), dataIndex: 'owner' },
    { key: 'dueOn', title: t('cw.joint.dueOn'), dataIndex: 'dueOn' },
    { key: 'clock', title: '', render: (_: unknown, i: Item) => <ClockTag clock={i.clock} testId={`item-clock-${i.id}`} /> },
    { key: 'doneOn', title: t('cw.joint.doneOn'), render: (_: unknown, i: Item) => (i.doneOn ? `${i.doneOn}${i.doneNote ? `（${i.doneNote}）` : ''}` : '—') },
    {
      key: 'actions',
      title: '',
      render: (_: unknown, i: Item) =>
        mayWrite &&
        !i.doneOn && (
          <Button
            size="small"
            onClick={() =>
              setTarget({
                title: `${t('cw.joint.done')} · ${i.item}`,
                url: `${base}/rectifications/${i.id}/done`,
                dateKey: 'doneOn',
                dateLabel: t('cw.joint.doneOn'),
                textKey: 'note',
                textLabel: t('cw.joint.note'),
                required: false,
              })
            }
          >
            {t('cw.joint.done')}
          </Button>
        ),
    },
  ];

  const opinionColumns = [
    { key: 'receivedOn', title: t('cw.joint.receivedOn'), dataIndex: 'receivedOn' },
    { key: 'documentNo', title: t('cw.sanctions.documentNo'), dataIndex: 'documentNo' },
    { key: 'content', title: t('cw.joint.content'), dataIndex: 'content' },
    {
      key: 'due',
      title: t('cw.joint.answerDueOn'),
      render: (_: unknown, o: Opinion) => (
        <Space>
          {o.answerDueOn}
          <ClockTag clock={o.clock} />
        </Space>
      ),
    },
    { key: 'answer', title: t('cw.joint.answer'), render: (_: unknown, o: Opinion) => (o.answeredOn ? `${o.answeredOn}：${o.answer ?? ''}` : '—') },
    {
      key: 'actions',
      title: '',
      render: (_: unknown, o: Opinion) =>
        mayWrite &&
        !o.answeredOn && (
          <Button
            size="small"
            onClick={() =>
              setTarget({
                title: `${t('cw.joint.doAnswer')} · ${o.documentNo}`,
                url: `${base}/opinions/${o.id}/answer`,
                dateKey: 'answeredOn',
                dateLabel: t('cw.joint.answeredOn'),
                textKey: 'answer',
                textLabel: t('cw.joint.answer'),
                required: true,
              })
            }
          >
            {t('cw.joint.doAnswer')}
          </Button>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('menu.jointWork')}
        </Typography.Title>
        <span>{t('cw.asOf')}</span>
        <DatePicker allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} data-testid="joint-asof" />
        {can('settings.write') && <Button onClick={() => setSettingsOpen(true)}>{t('cw.settings.open')}</Button>}
      </Space>
      <WorkSettingsModal
        unitCode={unitCode}
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onSaved={() => {
          setSettingsOpen(false);
          message.success(t('cw.sanctions.saved'));
          void data.reload();
        }}
      />
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.data && (
        <Alert
          type={data.data.counts.itemsOverdue + data.data.counts.opinionsOverdue > 0 ? 'warning' : 'info'}
          showIcon
          data-testid="joint-counts"
          title={t('cw.joint.counts', {
            open: data.data.counts.itemsOpen,
            overdue: data.data.counts.itemsOverdue,
            opinionsOpen: data.data.counts.opinionsOpen,
            opinionsOverdue: data.data.counts.opinionsOverdue,
          })}
          description={t('cw.joint.answerDays', { days: data.data.opinionAnswerDays })}
        />
      )}
      <PendingSanctions unitCode={unitCode} />
      <Card
        title={t('cw.joint.inspections')}
        extra={
          mayWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="joint-add">
              {t('cw.joint.add')}
            </Button>
          )
        }
      >
        <Table<Inspection>
          rowKey="id"
          size="small"
          loading={data.loading}
          pagination={false}
          dataSource={data.data?.inspections ?? []}
          expandable={{
            expandedRowKeys: (data.data?.inspections ?? []).filter((i) => !collapsed.includes(i.id)).map((i) => i.id),
            onExpand: (open, i) => setCollapsed((c) => (open ? c.filter((id) => id !== i.id) : [...c, i.id])),
            rowExpandable: (i) => i.items.length > 0,
            expandedRowRender: (i) => <Table<Item> rowKey="id" size="small" pagination={false} dataSource={i.items} columns={itemColumns} />,
          }}
          columns={[
            { key: 'heldOn', title: t('cw.joint.heldOn'), dataIndex: 'heldOn' },
            { key: 'kind', title: t('cw.joint.kind'), dataIndex: 'kind' },
            { key: 'partners', title: t('cw.joint.partners'), render: (_: unknown, i: Inspection) => i.partners.join('、') },
            { key: 'findings', title: t('cw.joint.findings'), dataIndex: 'findings' },
            { key: 'office', title: t('cw.joint.office'), render: (_: unknown, i: Inspection) => i.office ?? '—' },
          ]}
        />
      </Card>
      <Card
        title={t('cw.joint.opinions')}
        extra={
          mayWrite && (
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                setTarget({
                  title: t('cw.joint.addOpinion'),
                  url: `${base}/opinions`,
                  dateKey: 'receivedOn',
                  dateLabel: t('cw.joint.receivedOn'),
                  textKey: 'content',
                  textLabel: t('cw.joint.content'),
                  required: true,
                })
              }
            >
              {t('cw.joint.addOpinion')}
            </Button>
          )
        }
      >
        <Table<Opinion> rowKey="id" size="small" loading={data.loading} pagination={false} dataSource={data.data?.opinions ?? []} columns={opinionColumns} />
      </Card>

      <Modal
        open={adding}
        title={t('cw.joint.add')}
        width={720}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={submit.busy}
        destroyOnHidden
      >
        {submit.error && <Alert type="error" showIcon title={errorText(submit.error, lang)} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          name="jointInspection"
          layout="vertical"
          preserve={false}
          initialValues={{ kind: JOINT_KINDS[0], partners: [], findings: '', items: [] }}
          onFinish={(v) => void saveInspection(v)}
        >
          <Space wrap>
            <Form.Item name="heldOn" label={t('cw.joint.heldOn')} rules={[{ required: true, message: t('cw.sanctions.required', { field: t('cw.joint.heldOn') }) }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="kind" label={t('cw.joint.kind')}>
              <Select style={{ width: 140 }} options={JOINT_KINDS.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
          </Space>
          <Form.Item name="partners" label={t('cw.joint.partners')} rules={[{ required: true, message: t('cw.sanctions.required', { field: t('cw.joint.partners') }) }]}>
            <Checkbox.Group options={JOINT_PARTNERS.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <Form.Item name="findings" label={t('cw.joint.findings')} rules={[{ required: true, whitespace: true, message: t('cw.sanctions.required', { field: t('cw.joint.findings') }) }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
          <Typography.Text strong>{t('cw.joint.items')}</Typography.Text>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'item']} rules={[{ required: true, whitespace: true, message: t('cw.sanctions.required', { field: t('cw.joint.item') }) }]}>
                      <Input placeholder={t('cw.joint.item')} style={{ width: 260 }} maxLength={300} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'owner']} rules={[{ required: true, whitespace: true, message: t('cw.sanctions.required', { field: t('cw.joint.owner') }) }]}>
                      <Input placeholder={t('cw.joint.owner')} style={{ width: 160 }} maxLength={60} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true, message: t('cw.sanctions.required', { field: t('cw.joint.dueOn') }) }]}>
                      <DatePicker placeholder={t('cw.joint.dueOn')} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ item: '', owner: '' })}>
                  {t('cw.joint.addItem')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>

      <Modal
        open={target !== null}
        title={target?.title}
        onCancel={() => setTarget(null)}
        onOk={() => small.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={submit.busy}
        destroyOnHidden
      >
        {submit.error && <Alert type="error" showIcon title={errorText(submit.error, lang)} style={{ marginBottom: 12 }} />}
        {target && (
          <Form form={small} name="jointSmall" layout="vertical" preserve={false} onFinish={(v) => void saveSmall(v)}>
            <Form.Item name="date" label={target.dateLabel} rules={[{ required: true, message: t('cw.sanctions.required', { field: target.dateLabel }) }]}>
              <DatePicker />
            </Form.Item>
            {target.url.endsWith('/opinions') && (
              <Form.Item
                name="documentNo"
                label={t('cw.sanctions.documentNo')}
                rules={[{ required: true, whitespace: true, message: t('cw.sanctions.required', { field: t('cw.sanctions.documentNo') }) }]}
              >
                <Input maxLength={60} />
              </Form.Item>
            )}
            <Form.Item name="text" label={target.textLabel} rules={target.required ? [{ required: true, whitespace: true, message: t('cw.sanctions.required', { field: target.textLabel }) }] : []}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Space>
  );
}
