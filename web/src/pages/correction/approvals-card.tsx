import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { APPROVAL_KINDS, SENSITIVE_LEAVE_REASONS } from '../../../../src/core/correction/approvals';
import { LOCATION_CONDITIONS } from '../../../../src/core/correction/clocks';
import { SUPERVISION_CLASSES } from '../../../../src/core/correction/settings';
import type { TApproval } from '../../../../src/contract/api/correction-api';
import { PersonPicker } from './person-picker';

/** One waiting request's decision: approve, or return with a reason. */
function Decide({ approval, onDone }: { approval: TApproval; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [opinion, setOpinion] = useState('');
  const submit = useSubmit();
  const decide = (move: 'approve' | 'return') =>
    void submit.run(async () => {
      await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/approvals/${approval.id}/decision`, { move, opinion: opinion.trim() || null });
      onDone();
    });
  return (
    <Space wrap>
      <Input aria-label={t('corr.opinion')} placeholder={t('corr.opinion')} value={opinion} onChange={(e) => setOpinion(e.target.value)} style={{ width: 180 }} />
      <Button type="primary" loading={submit.busy} onClick={() => decide('approve')}>{t('corr.approve')}</Button>
      <Button danger loading={submit.busy} onClick={() => decide('return')}>{t('corr.return')}</Button>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
    </Space>
  );
}

/** Requests waiting for the reader's decision. */
export function WaitingApprovals({ items, onChange }: { items: TApproval[]; onChange: () => void }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('corr.waiting')} data-testid="approvals">
      <Table<TApproval>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('corr.noneWaiting') }}
        columns={[
          { title: t('corr.office'), dataIndex: 'office' },
          { title: t('corr.person'), dataIndex: 'personName' },
          { title: t('corr.requestKind'), dataIndex: 'kind', render: (v: string, a) => <Tag>{v}（{a.level}）</Tag> },
          { title: t('corr.period'), render: (_, a) => `${a.fromOn}${a.toOn ? ` – ${a.toOn}` : ''}` },
          { title: t('corr.reason'), render: (_, a) => `${String(a.details.reason ?? '')}${a.details.toClass ? ` → ${String(a.details.toClass)}` : ''}${Array.isArray(a.details.warnings) && a.details.warnings.length ? `（${a.details.warnings.join('；')}）` : ''}` },
          { title: t('corr.enteredBy'), dataIndex: 'enteredByName' },
          { title: t('corr.actions'), render: (_, a) => <Decide approval={a} onDone={onChange} /> },
        ]}
      />
    </Card>
  );
}

interface FormValues {
  personId: number;
  kind: (typeof APPROVAL_KINDS)[number];
  from: Dayjs;
  to?: Dayjs;
  reason: string;
  reasonKind?: string;
  months?: number;
  conditions?: string[];
  toClass?: string;
}

/** A 司法所 enters and submits a request (its review); the rules say who decides. */
export function NewApproval({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const submit = useSubmit();
  const [done, setDone] = useState<string>();
  const send = (v: FormValues) =>
    void submit.run(async () => {
      const created = await api<TApproval>('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/approvals`, {
        personId: v.personId,
        kind: v.kind,
        fromOn: v.from.format('YYYY-MM-DD'),
        toOn: v.to ? v.to.format('YYYY-MM-DD') : null,
        reason: v.reason,
        ...(v.reasonKind ? { reasonKind: v.reasonKind } : {}),
        ...(v.months ? { months: v.months } : {}),
        ...(v.conditions ? { conditions: v.conditions } : {}),
        ...(v.toClass ? { toClass: v.toClass } : {}),
      });
      setDone(t('corr.submitted', { level: created.level }));
      form.resetFields();
      onDone();
    });
  return (
    <Card size="small" title={t('corr.newRequest')}>
      <Form form={form} layout="inline" onFinish={send} initialValues={{ kind: '外出' }}>
        <Form.Item name="personId" label={t('corr.person')} rules={[{ required: true, message: t('corr.searchPerson') }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('corr.requestKind')}>
          <Select style={{ width: 120 }} options={APPROVAL_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="from" label={t('corr.from')} rules={[{ required: true, message: t('corr.from') }]}>
          <DatePicker />
        </Form.Item>
        {kind !== '电子定位' && kind !== '分类调整' && (
          <Form.Item name="to" label={t('corr.to')}>
            <DatePicker />
          </Form.Item>
        )}
        {kind === '外出' && (
          <Form.Item name="reasonKind" label={t('corr.reasonKind')}>
            <Select style={{ width: 140 }} options={[...SENSITIVE_LEAVE_REASONS, '其他'].map((k) => ({ value: k, label: k }))} />
          </Form.Item>
        )}
        {kind === '电子定位' && (
          <>
            <Form.Item name="months" label={t('corr.months')}>
              <InputNumber min={1} max={3} />
            </Form.Item>
            <Form.Item name="conditions" label={t('corr.conditions')}>
              <Select mode="multiple" style={{ width: 360 }} options={LOCATION_CONDITIONS.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </>
        )}
        {kind === '分类调整' && (
          <Form.Item name="toClass" label={t('corr.toClass')}>
            <Select style={{ width: 100 }} options={SUPERVISION_CLASSES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('corr.reason')} rules={[{ required: true, message: t('corr.reason') }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.busy}>{t('corr.submit')}</Button>
      </Form>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
      {done && !submit.error && <Typography.Text type="success">{done}</Typography.Text>}
    </Card>
  );
}
