import { Alert, Button, Card, DatePicker, Input, Space, Table, Tag } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { api, ApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert, errorText } from '../../components/error-alert';
import type { TAuditVerification } from '../../../../src/contract/api/audit-api';

interface Entry {
  id: number;
  at: string;
  actorName: string;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** The audit trail with filters, and a button that checks the hash chain end to end. */
export default function AuditPage() {
  const { t, lang } = useI18n();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [verify, setVerify] = useState<TAuditVerification>();
  const [verifyError, setVerifyError] = useState<ApiError>();
  const query = new URLSearchParams({ page: String(page), pageSize: '30' });
  if (action) query.set('action', action);
  if (actor) query.set('actor', actor);
  if (range?.[0]) query.set('from', range[0].format('YYYY-MM-DD'));
  if (range?.[1]) query.set('to', range[1].format('YYYY-MM-DD'));
  const entries = useApi<{ total: number; entries: Entry[] }>(`/api/audit?${query}`);

  const check = async () => {
    try {
      setVerify(await api('GET', '/api/audit/verify'));
    } catch (e) {
      setVerifyError(e instanceof ApiError ? e : undefined);
    }
  };

  return (
    <Card title={t('audit.title')} extra={<Button icon={<SafetyCertificateOutlined />} onClick={() => void check()}>{t('audit.verify')}</Button>}>
      {verify && <Alert style={{ marginBottom: 12 }} showIcon type={verify.ok ? 'success' : 'error'} title={(() => {
            // the count and the newest entry's time make a cut-off tail visible (fewer, earlier than last time)
            const tail = { n: verify.entries, last: verify.lastEntry ? `#${verify.lastEntry.id} ${new Date(verify.lastEntry.at).toLocaleString('zh-CN')}` : '—' };
            return verify.ok ? t('audit.intact', tail) : t('audit.broken', { ...tail, id: verify.firstBroken!.id, reason: verify.firstBroken!.reason });
          })()} />}
      {verifyError && <Alert style={{ marginBottom: 12 }} type="error" title={errorText(verifyError, lang)} />}
      {entries.error && <ErrorAlert error={entries.error} onRetry={entries.reload} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={`${t('audit.action')}（如 goalBook、auth.login）`} onSearch={(v) => { setAction(v); setPage(1); }} style={{ width: 260 }} />
        <Input.Search allowClear placeholder={t('audit.actor')} onSearch={(v) => { setActor(v); setPage(1); }} style={{ width: 200 }} />
        <DatePicker.RangePicker onChange={(v) => { setRange(v); setPage(1); }} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={entries.loading}
        dataSource={entries.data?.entries}
        pagination={{ current: page, pageSize: 30, total: entries.data?.total ?? 0, onChange: setPage, showTotal: (n) => `${n} 条` }}
        expandable={{ expandedRowRender: (e) => <pre style={{ fontSize: 12, whiteSpace: 'pre-wrap', margin: 0 }}>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre> }}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => new Date(v).toLocaleString('zh-CN') },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 120 },
          { title: t('audit.ip'), dataIndex: 'ip', width: 120 },
          { title: t('audit.action'), dataIndex: 'action', width: 170, render: (a: string) => <Tag color={a.startsWith('auth.') ? 'default' : a.includes('personalData') ? 'red' : 'blue'}>{a}</Tag> },
          { title: t('audit.entity'), render: (_, e) => `${e.entity}${e.entityId ? ` ${e.entityId}` : ''}` },
        ]}
      />
    </Card>
  );
}
