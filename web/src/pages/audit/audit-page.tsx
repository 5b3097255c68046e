import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { api, ApiError } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { AUDIT_ACTIONS } from '../../../../src/core/audit-labels';
import type { TAuditEntry } from '../../../../src/contract/api/auth-api';
import type { TAuditVerification } from '../../../../src/contract/api/audit-api';
import { actorName } from '../../components/actor-name';

/** An entry's before/after as labelled rows; the fields that changed are highlighted. */
function AuditChanges({ entry }: { entry: TAuditEntry }) {
  const { t, lang } = useI18n();
  if (entry.changes.length === 0) return <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>;
  const hasBefore = entry.changes.some((c) => c.before !== null);
  const hasAfter = entry.changes.some((c) => c.after !== null);
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      style={{ maxWidth: 900 }}
      dataSource={entry.changes}
      onRow={(c) => ({ style: c.changed ? { background: '#fffbe6' } : undefined })}
      columns={[
        { title: t('audit.field'), width: 160, render: (_, c) => (c.changed ? <Typography.Text strong>{c.label[lang]}</Typography.Text> : c.label[lang]) },
        ...(hasBefore ? [{ title: t('audit.before'), render: (_: unknown, c: TAuditEntry['changes'][number]) => (c.before ? <span style={c.changed ? { textDecoration: 'line-through', color: '#999' } : undefined}>{c.before[lang]}</span> : '—') }] : []),
        ...(hasAfter ? [{ title: hasBefore ? t('audit.after') : t('audit.detail'), render: (_: unknown, c: TAuditEntry['changes'][number]) => (c.after ? <span style={c.changed ? { color: '#d46b08', fontWeight: 600 } : undefined}>{c.after[lang]}</span> : '—') }] : []),
        { title: '', width: 70, render: (_, c) => (c.changed ? <Tag color="orange">{t('audit.changed')}</Tag> : null) },
      ]}
    />
  );
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
  const entries = useEndpoint('GET /api/audit', {}, { page, pageSize: 30, action, actor, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });

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
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('audit.action')}
          placeholder={t('audit.allActions')}
          options={Object.entries(AUDIT_ACTIONS).map(([code, label]) => ({ value: code, label: label[lang] }))}
          onChange={(v: string | undefined) => { setAction(v ?? ''); setPage(1); }}
          style={{ width: 220 }}
        />
        <Input.Search allowClear placeholder={t('audit.actor')} onSearch={(v) => { setActor(v); setPage(1); }} style={{ width: 200 }} />
        <DatePicker.RangePicker onChange={(v) => { setRange(v); setPage(1); }} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={entries.loading}
        dataSource={entries.data?.entries}
        pagination={{ current: page, pageSize: 30, total: entries.data?.total ?? 0, onChange: setPage, showTotal: (n) => t('audit.total', { n }) }}
        expandable={{ expandedRowRender: (e) => <AuditChanges entry={e} />, rowExpandable: (e) => e.changes.length > 0 }}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => new Date(v).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' }) },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: (name: string) => actorName(name, t) },
          { title: t('audit.ip'), dataIndex: 'ip', width: 120 },
          {
            title: t('audit.action'),
            width: 150,
            render: (_, e) => (
              <Tag title={e.action} color={e.action.startsWith('auth.') ? 'default' : e.action.includes('personalData') ? 'red' : 'blue'}>
                {e.actionLabel[lang]}
              </Tag>
            ),
          },
          {
            title: t('audit.entity'),
            render: (_, e) => (
              <span>
                <Typography.Text type="secondary">{e.subject.kind[lang]}</Typography.Text>
                {e.subject.name ? <span style={{ marginInlineStart: 8 }}>{e.subject.name}</span> : null}
              </span>
            ),
          },
          { title: t('audit.unit'), dataIndex: 'unitName', width: 150, render: (v: string | null) => v ?? '—' },
          {
            title: t('audit.detail'),
            width: 110,
            render: (_, e) => {
              const n = e.changes.filter((c) => c.changed).length;
              return n > 0 ? t('audit.changedFields', { n }) : e.changes.length > 0 ? t('audit.fields', { n: e.changes.length }) : '—';
            },
          },
        ]}
      />
    </Card>
  );
}
