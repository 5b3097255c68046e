import { Alert, Button, Card, Checkbox, DatePicker, Input, InputNumber, Select, Space, Spin, Statistic, Table, Tag, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ALARM_OUTCOMES } from '../../../../src/core/correction/alarms';
import { ZERO_REPORT_COUNTS, ZERO_REPORT_LABEL } from '../../../../src/core/correction/zero-report';
import type { TAlarm, TDailyStatus, TOfficeDay } from '../../../../src/contract/api/correction-api';
import { NewApproval, WaitingApprovals } from './approvals-card';
import { DueClocks, MonthDutiesCard } from './lifecycle-cards';

const STATUS_COLOR: Record<string, string> = { 按时上报: 'green', 补报: 'orange', 缺报: 'red', 待上报: 'blue' };
const STATE_COLOR: Record<string, string> = { open: 'blue', escalated: 'red', handled: 'green', handledLate: 'orange' };

type Counts = NonNullable<TOfficeDay['counts']>;

/** The 零报告 form of one office: prefilled from what jixiao knows, every count editable, 0 when none. */
function FileReport({ office, date, prefill, onDone }: { office: string; date: string; prefill: Counts; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [counts, setCounts] = useState<Counts>(prefill);
  const submit = useSubmit();
  return (
    <Space wrap data-testid={`file-${office}`}>
      {ZERO_REPORT_COUNTS.map((k) => (
        <Space.Compact key={k}>
          <Button disabled>{ZERO_REPORT_LABEL[k]}</Button>
          <InputNumber aria-label={ZERO_REPORT_LABEL[k]} min={0} value={counts[k]} onChange={(v) => setCounts({ ...counts, [k]: Number(v ?? 0) })} style={{ width: 80 }} />
        </Space.Compact>
      ))}
      <Button type="primary" loading={submit.busy} onClick={() => void submit.run(async () => { await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/daily`, { office, date, counts }); onDone(); })}>
        {t('corr.file')}
      </Button>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
    </Space>
  );
}

function DailyTable({ status, title, mayFile, onChange, extra }: { status: TDailyStatus; title: string; mayFile: boolean; onChange: () => void; extra?: React.ReactNode }) {
  const { t } = useI18n();
  const tt = status.totals;
  return (
    <Card size="small" title={`${title}（${status.date}）`} extra={extra} data-testid={`daily-${status.date}`}>
      <Typography.Paragraph type="secondary">{t('corr.totals', { filed: tt.filed, late: tt.late, missing: tt.missing, pending: tt.pending, roster: tt.roster, outOfBounds: tt.outOfBounds, lost: tt.lost })}</Typography.Paragraph>
      <Table<TOfficeDay>
        size="small"
        rowKey="office"
        pagination={false}
        dataSource={status.offices}
        columns={[
          { title: t('corr.office'), dataIndex: 'office' },
          { title: t('corr.status'), dataIndex: 'status', render: (s: string, d) => <Tag color={STATUS_COLOR[s]} data-testid={`status-${d.office}`}>{s}{d.flagged ? t('corr.flagged') : ''}</Tag> },
          { title: t('corr.counts'), render: (_, d) => (d.counts ? ZERO_REPORT_COUNTS.map((k) => `${ZERO_REPORT_LABEL[k]} ${d.counts![k]}`).join('，') : mayFile && d.prefill && d.status !== '按时上报' ? <FileReport office={d.office} date={status.date} prefill={d.prefill} onDone={onChange} /> : '—') },
          { title: t('corr.openAlarms'), render: (_, d) => (d.escalatedAlarms > 0 ? <Tag color="red">{t('corr.escalatedOf', { open: d.openAlarms, escalated: d.escalatedAlarms })}</Tag> : d.openAlarms) },
        ]}
      />
    </Card>
  );
}

/** The handling record of one alarm: verified, outcome, note. */
function HandleAlarm({ alarm, onDone }: { alarm: TAlarm; onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [verified, setVerified] = useState(true);
  const [outcome, setOutcome] = useState<string>();
  const [note, setNote] = useState('');
  const submit = useSubmit();
  return (
    <Space wrap data-testid={`handle-${alarm.id}`}>
      <Checkbox checked={verified} onChange={(e) => setVerified(e.target.checked)}>{t('corr.verified')}</Checkbox>
      <Select aria-label={t('corr.outcome')} placeholder={t('corr.outcome')} style={{ width: 160 }} value={outcome} onChange={setOutcome} options={ALARM_OUTCOMES.map((o) => ({ value: o, label: o }))} />
      <Input aria-label={t('corr.note')} placeholder={t('corr.note')} value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 200 }} />
      <Button
        type="primary"
        loading={submit.busy}
        disabled={!outcome}
        title={outcome ? undefined : t('corr.chooseOutcome')}
        onClick={() =>
          void submit.run(async () => {
            await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/alarms/${alarm.id}/handle`, { verified, outcome, note: note.trim() || null });
            onDone();
          })
        }
      >
        {t('corr.handle')}
      </Button>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
    </Space>
  );
}

/** The section keeps the sensitive-period calendar (holidays, meetings). */
function AddSensitivePeriod({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { unitCode } = useUnitYear();
  const [name, setName] = useState('');
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs] | null>(null);
  const submit = useSubmit();
  return (
    <Space wrap>
      <Input aria-label={t('corr.periodName')} placeholder={t('corr.periodName')} value={name} onChange={(e) => setName(e.target.value)} style={{ width: 160 }} />
      <DatePicker.RangePicker aria-label={t('corr.period')} value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />
      <Button
        disabled={!name.trim() || !range}
        loading={submit.busy}
        onClick={() =>
          void submit.run(async () => {
            await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/sensitive-periods`, { name: name.trim(), from: range![0].format('YYYY-MM-DD'), to: range![1].format('YYYY-MM-DD') });
            setName('');
            setRange(null);
            onDone();
          })
        }
      >
        {t('corr.addPeriod')}
      </Button>
      {submit.error && <Typography.Text type="danger">{errorText(submit.error, lang)}</Typography.Text>}
    </Space>
  );
}

/** 社区矫正工作台: a 司法所's (its own office) or the section's (every office) daily supervision. */
export default function CorrectionPage() {
  const { t, lang } = useI18n();
  const { unitCode, year } = useUnitYear();
  const { can, user } = useSession();
  // a past year is shown as of its last day (its history), the current one as of now; any day may be picked
  const today = dayjs().format('YYYY-MM-DD');
  const [date, setDate] = useState(year < Number(today.slice(0, 4)) ? `${year}-12-31` : today);
  const ws = useEndpoint('GET /api/units/:unitCode/correction/workspace', { unitCode }, { date: date < today ? date : undefined });
  const flag = useSubmit();
  const location = useSubmit();
  if (ws.error) return <ErrorAlert error={ws.error} onRetry={ws.reload} />;
  if (!ws.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const w = ws.data;
  const mayWrite = can('register.write');
  // the 司法所 files its own report; the section follows up and flags
  const mayFile = user?.role === 'office';
  const reload = () => void ws.reload();
  const showLocation = (a: TAlarm) =>
    void location.run(async () => {
      const p = await api<{ lat: number | null; lng: number | null }>('GET', `/api/units/${encodeURIComponent(unitCode)}/correction/alarms/${a.id}/location`);
      void message.info(p.lat === null ? t('corr.noLocation') : t('corr.location', { lat: p.lat, lng: p.lng ?? '' }));
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={t('corr.title')}
        extra={
          <Space>
            {user?.role === 'office' ? user.office : t('corr.allOffices')}
            <DatePicker aria-label={t('corr.asOf')} allowClear={false} value={dayjs(date)} disabledDate={(d) => d.format('YYYY-MM-DD') > today} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
          </Space>
        }
      >
        {w.daily.sensitivePeriods.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('corr.sensitive', { names: w.daily.sensitivePeriods.map((p) => `${p.name}（${p.from}–${p.to}）`).join('、') })} />}
        <Space size="large" wrap>
          <Statistic title={t('corr.people')} value={w.people.total} />
          <Statistic title={t('corr.initial')} value={w.people.initial} />
          <Statistic title={t('corr.strict')} value={w.people.strict} />
          <Statistic title={t('corr.open')} value={w.alarms.open} />
          <Statistic title={t('corr.escalated')} value={w.alarms.escalated} valueStyle={w.alarms.escalated > 0 ? { color: '#cf1322' } : undefined} />
        </Space>
        {mayWrite && user?.role === 'section' && (
          <div style={{ marginTop: 12 }}>
            <AddSensitivePeriod onDone={reload} />
          </div>
        )}
      </Card>
      <Card size="small" title={t('corr.alarms')} data-testid="alarms">
        {location.error && <Alert type="error" message={errorText(location.error, lang)} style={{ marginBottom: 8 }} />}
        <Table<TAlarm>
          size="small"
          rowKey="id"
          dataSource={w.alarms.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('corr.noAlarms') }}
          columns={[
            { title: t('corr.raisedAt'), dataIndex: 'raisedAt', render: (v: string) => new Date(v).toLocaleString('zh-CN') },
            { title: t('corr.office'), dataIndex: 'office' },
            { title: t('corr.person'), dataIndex: 'personName' },
            { title: t('corr.kind'), dataIndex: 'kind' },
            { title: t('corr.state'), dataIndex: 'stateLabel', render: (v: string, a) => <Tag color={STATE_COLOR[a.state]} data-testid={`alarm-state-${a.id}`}>{v}</Tag> },
            { title: t('corr.due'), dataIndex: 'dueAt', render: (v: string | null) => (v ? new Date(v).toLocaleString('zh-CN') : t('corr.sameDay')) },
            {
              title: t('corr.actions'),
              render: (_, a) => (
                <Space wrap>
                  {mayWrite && <HandleAlarm alarm={a} onDone={reload} />}
                  {a.hasLocation && can('correction.location') && <Button size="small" onClick={() => showLocation(a)}>{t('corr.showLocation')}</Button>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {can('correction.approve') && <WaitingApprovals items={w.approvals} onChange={reload} />}
      {mayWrite && <NewApproval onDone={reload} />}
      <DailyTable status={w.daily} title={t('corr.today')} mayFile={mayFile} onChange={reload} />
      <DailyTable
        status={w.yesterday}
        title={t('corr.yesterday')}
        mayFile={mayFile}
        onChange={reload}
        extra={
          mayWrite && user?.role !== 'office' ? (
            <Space>
              {flag.error && <Typography.Text type="danger">{errorText(flag.error, lang)}</Typography.Text>}
              <Button danger loading={flag.busy} onClick={() => void flag.run(async () => { await api('POST', `/api/units/${encodeURIComponent(unitCode)}/correction/daily/flag-missing`, { date: w.yesterday.date }); reload(); })}>
                {t('corr.flagMissing')}
              </Button>
            </Space>
          ) : undefined
        }
      />
      <DueClocks clocks={w.clocks} />
      <MonthDutiesCard duties={w.duties} />
      <Card size="small" title={t('corr.ending')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={w.people.ending}
          locale={{ emptyText: t('corr.noneEnding') }}
          columns={[
            { title: t('corr.office'), dataIndex: 'office' },
            { title: t('corr.person'), dataIndex: 'personName' },
            { title: t('corr.stage'), dataIndex: 'stage' },
            { title: t('corr.class'), dataIndex: 'supervisionClass' },
            { title: t('corr.endOn'), dataIndex: 'endOn' },
            { title: t('corr.daysLeft'), dataIndex: 'daysLeft' },
          ]}
        />
      </Card>
    </Space>
  );
}
