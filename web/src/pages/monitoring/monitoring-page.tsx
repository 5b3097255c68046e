import { Alert, App, Button, Card, Descriptions, Input, Modal, Radio, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api, download } from '../../api/client';
import { filesByLine, LineEvidence } from '../../components/line-evidence';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { wan } from '../../components/money';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { LIGHT_COLOR } from '../indicators/light';
import { STATE_LABEL, type TWorkflowMove } from '../../../../src/core/workflow';
import type { TMonitoringIndicator, TMonitoringReport } from '../../../../src/contract/api/monitoring-api';
import type { TLight } from '../../../../src/core/lights';
import { LineModal } from './line-modal';

const LIKELIHOOD_COLOR = { 确定能: 'green', 有可能: 'gold', 完全不可能: 'red' } as const;
const pct = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;
const fig = (n: number | null, unit: string | null) => (n === null ? '—' : `${Number.isInteger(n) ? n : Math.round(n * 100) / 100}${unit === '%' || unit === '百分比' ? '%' : (unit ?? '')}`);

function Light({ light }: { light: TLight | null }) {
  const { t } = useI18n();
  if (!light) return <Tag data-light="none">{t('indicators.light.none')}</Tag>;
  return (
    <Tag variant="solid" color={LIGHT_COLOR[light]} data-light={light} style={light === 'yellow' ? { color: '#3d2300' } : undefined}>
      {t(`indicators.light.${light}`)}
    </Tag>
  );
}

/** The likelihood a person confirmed, or jixiao's proposal marked 建议 with its reason on hover. */
function Likelihood({ line }: { line: TMonitoringIndicator }) {
  const { t } = useI18n();
  if (line.likelihood) return <Tag color={LIKELIHOOD_COLOR[line.likelihood]} data-testid="likelihood">{t(`monitoring.likelihood.${line.likelihood}`)}</Tag>;
  if (!line.proposal.likelihood) return <Tag data-testid="likelihood">{t('monitoring.undecided')}</Tag>;
  return (
    <Tooltip title={line.proposal.basis}>
      <Tag variant="outlined" color={LIKELIHOOD_COLOR[line.proposal.likelihood]} style={{ borderStyle: 'dashed' }} data-testid="likelihood">
        {t('common.labelled', { label: t('monitoring.proposed'), value: t(`monitoring.likelihood.${line.proposal.likelihood}`) })}
      </Tag>
    </Tooltip>
  );
}

function causeOf(line: TMonitoringIndicator, t: ReturnType<typeof useI18n>['t']): string {
  const confirmed = line.likelihood !== null;
  const cause = confirmed ? line.cause : line.proposal.cause;
  const text = confirmed ? line.causeText : line.proposal.causeText;
  if (!cause) return '';
  const named = confirmed ? t(`monitoring.cause.${cause}`) : t('monitoring.proposedCause', { cause: t(`monitoring.cause.${cause}`) });
  return text ? t('common.labelled', { label: named, value: text }) : named;
}

/** 绩效运行监控: the month picker, or the report of the month in the URL. */
export default function MonitoringPage() {
  const { month } = useParams();
  const { apiBase, base, params } = useUnitYear();
  const settings = useEndpoint('GET /api/units/:unitCode/years/:year/monitoring-settings', month ? null : params);
  if (!month) {
    if (settings.error) return <ErrorAlert error={settings.error} onRetry={settings.reload} />;
    if (!settings.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
    return <Navigate to={`${base}/monitoring/${settings.data.month}`} replace />;
  }
  // a fresh report state per unit, year and month: what was saved on one never shows on another
  return <MonitoringReport key={`${apiBase}/${month}`} month={Number(month)} />;
}

function MonitoringReport({ month }: { month: number }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { apiBase, base, year, params } = useUnitYear();
  const url = `${apiBase}/monitoring/${month}`;
  const state = useEndpoint('GET /api/units/:unitCode/years/:year/monitoring/:month', { ...params, month });
  const evidence = useEndpoint('GET /api/units/:unitCode/years/:year/monitoring/:month/evidence', { ...params, month });
  const [report, setReport] = useState<TMonitoringReport>();
  const [editing, setEditing] = useState<TMonitoringIndicator | null>(null);
  const [asking, setAsking] = useState<'return' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const submit = useSubmit();
  const r = report ?? state.data;
  if (state.error) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  if (!r) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const period = t('monitoring.period', { month });

  const act = (work: () => Promise<TMonitoringReport>, done?: string) =>
    submit.run(async () => {
      setReport(await work());
      if (done) void message.success(done);
    });
  const move = (m: TWorkflowMove, body: { reason?: string } = {}) => act(() => api<TMonitoringReport>('POST', `${url}/${m}`, body), t(`monitoring.move.${m as 'submit'}`));
  const anyFill = r.projects.some((p) => p.indicators.some((i) => i.mayFill));
  const lines = r.projects.flatMap((p) => p.indicators);
  const evidenceOf = filesByLine(evidence.data);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} className="monitoring-report">
      <Card>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {r.unit.name} {t('monitoring.yearPeriod', { year, period })} {t('monitoring.title')}
            </Typography.Title>
            <span className="no-print">
              <Select aria-label={t('monitoring.cutOff')} value={month} style={{ width: 110 }} options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('monitoring.period', { month: i + 1 }) }))} onChange={(m) => navigate(`${base}/monitoring/${m}`)} />
            </span>
            <Tag color={r.report.state === 'approved' || r.report.state === 'locked' ? 'green' : r.report.state === 'returned' ? 'red' : r.report.state === 'submitted' ? 'blue' : 'default'} data-testid="report-state">
              {lang === 'zh' ? STATE_LABEL[r.report.state].zh : STATE_LABEL[r.report.state].en}
            </Tag>
            {r.report.frozen && <Tag color="purple">{t('monitoring.frozen')}</Tag>}
            <Typography.Text type="secondary">{t('monitoring.asOf', { date: r.asOf })}</Typography.Text>
            {!r.report.frozen && (r.report.problems > 0 ? <Tag color="orange" data-testid="problems">{t('monitoring.problems', { n: r.report.problems })}</Tag> : <Tag color="green">{t('monitoring.complete')}</Tag>)}
          </Space>
          <Space wrap className="no-print">
            {anyFill && (
              <Tooltip title={t('monitoring.confirmProposalsHelp')}>
                <Button loading={submit.busy} onClick={() => void act(() => api<TMonitoringReport>('POST', `${url}/confirm-proposals`))}>
                  {t('monitoring.confirmProposals')}
                </Button>
              </Tooltip>
            )}
            {r.report.moves.map((m) =>
              m === 'return' || m === 'reopen' ? (
                <Button key={m} danger onClick={() => { setReason(''); setAsking(m); }}>
                  {t(`monitoring.move.${m}`)}
                </Button>
              ) : (
                <Button key={m} type="primary" loading={submit.busy} onClick={() => void move(m)}>
                  {t(`monitoring.move.${m as 'submit'}`)}
                </Button>
              ),
            )}
            <Button onClick={() => void download(`${url}/export?format=xlsx`)}>{t('common.export')} .xlsx</Button>
            <Button onClick={() => void download(`${url}/export?format=docx`)}>{t('common.export')} .docx</Button>
            <Button onClick={() => window.print()}>{t('monitoring.print')}</Button>
          </Space>
        </Space>
        {submit.error && <div style={{ marginTop: 12 }}><ErrorAlert error={submit.error} /></div>}
        {r.report.state === 'returned' && r.report.returnReason && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('monitoring.returnedBecause', { reason: r.report.returnReason })} data-testid="returned" />}
        {r.report.reopenReason && r.report.state !== 'approved' && r.report.state !== 'locked' && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('monitoring.reopenedBecause', { reason: r.report.reopenReason })} />}
        {r.changesSinceApproval.length > 0 && (
          <Alert
            className="no-print"
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title={t('monitoring.changes', { n: r.changesSinceApproval.length })}
            description={r.changesSinceApproval.slice(0, 8).map((c) => `${r.projects.find((p) => p.code === c.projectCode)?.name ?? c.projectCode}${c.indicator ? ` / ${c.indicator}` : ''}：${t(`monitoring.field.${c.field as 'spent'}`)} ${c.frozen ?? '—'} → ${c.live ?? '—'}`).join('；')}
          />
        )}
      </Card>

      {r.projects.map((p) => (
        <Card key={p.code} title={`${p.name}（${p.code}）`} size="small" className="print-block" data-testid={`project-${p.code}`}>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered>
            <Descriptions.Item label={t('monitoring.field.initialBudget')}>{wan(p.money.initialBudget)}</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.field.budget')}>{wan(p.money.budget)}</Descriptions.Item>
            <Descriptions.Item label={`${period}${t('monitoring.field.spent')}`}>{wan(p.money.spent)}</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.field.executionRate')}>{pct(p.money.executionRate)}</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.planned')}>{p.money.plannedPercent}%</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.gap')}>
              <Light light={p.money.light} /> {p.money.gapPoints}
            </Descriptions.Item>
            <Descriptions.Item label={t('monitoring.field.projectedYearEnd')}>{wan(p.money.projectedYearEnd)}</Descriptions.Item>
          </Descriptions>
          <Table<TMonitoringIndicator>
            style={{ marginTop: 8 }}
            size="small"
            rowKey="indicatorId"
            pagination={false}
            dataSource={p.indicators}
            columns={[
              { title: t('monitoring.col.indicator'), dataIndex: 'name', width: 180 },
              { title: t('monitoring.col.target'), dataIndex: 'target', width: 120 },
              { title: t('monitoring.col.actual', { period }), key: 'actual', width: 100, render: (_, i) => (i.actual === null && i.assessment ? i.assessment : fig(i.actual, i.targetUnit)) },
              { title: t('monitoring.col.forecast'), key: 'forecast', width: 100, render: (_, i) => fig(i.forecast, i.targetUnit) },
              { title: t('monitoring.col.light'), key: 'light', width: 80, render: (_, i) => <Light light={i.light} /> },
              { title: t('monitoring.col.likelihood'), key: 'likelihood', width: 130, render: (_, i) => <Likelihood line={i} /> },
              { title: t('monitoring.col.cause'), key: 'cause', width: 260, render: (_, i) => <Typography.Text style={{ fontSize: 12 }}>{causeOf(i, t)}</Typography.Text> },
              { title: t('monitoring.col.measures'), key: 'measures', width: 220, render: (_, i) => i.measures.map((m) => <div key={m.id} style={{ fontSize: 12 }}>{`${m.text}（${m.owner}，${m.dueOn}）`}</div>) },
              {
                title: t('lineEvidence.title'),
                key: 'evidence',
                width: 150,
                render: (_, i) => <LineEvidence reportUrl={url} indicatorId={i.indicatorId} name={i.name} files={evidenceOf.get(i.indicatorId) ?? []} canAttach={i.mayFill} onChanged={() => void evidence.reload()} />,
              },
              {
                title: '',
                key: 'fill',
                width: 70,
                className: 'no-print',
                render: (_, i) =>
                  i.mayFill ? (
                    <Button size="small" type={i.problems.length > 0 ? 'primary' : 'default'} onClick={() => setEditing(i)} aria-label={`${t('monitoring.fill')} ${i.name}`}>
                      {t('monitoring.fill')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      ))}

      {r.earlierMeasures.length > 0 && (
        <Card title={t('monitoring.earlier')} size="small">
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.earlierMeasures}
            columns={[
              { title: t('monitoring.col.indicator'), dataIndex: 'indicator' },
              { title: t('monitoring.line.measureText'), dataIndex: 'text' },
              { title: t('monitoring.line.owner'), dataIndex: 'owner' },
              { title: t('monitoring.line.dueOn'), dataIndex: 'dueOn' },
              {
                title: '',
                key: 'status',
                render: (_, m) =>
                  lines.some((i) => i.mayFill) ? (
                    <Space>
                      <Radio.Group
                        value={m.status === 'open' ? undefined : m.status}
                        options={[{ value: 'done', label: t('monitoring.followUp.done') }, { value: 'not-done', label: t('monitoring.followUp.notDone') }]}
                        onChange={(e) => {
                          if (e.target.value === 'done') void act(() => api<TMonitoringReport>('POST', `${url}/measures/${m.id}/follow-up`, { status: 'done' }));
                          else {
                            Modal.confirm({
                              title: t('monitoring.followUp.note'),
                              content: <Input.TextArea id="follow-up-note" rows={3} />,
                              onOk: () => act(() => api<TMonitoringReport>('POST', `${url}/measures/${m.id}/follow-up`, { status: 'not-done', note: (document.getElementById('follow-up-note') as HTMLTextAreaElement).value })),
                            });
                          }
                        }}
                      />
                      {m.followUpNote}
                    </Space>
                  ) : (
                    `${m.status === 'done' ? t('monitoring.followUp.done') : m.status === 'not-done' ? t('monitoring.followUp.notDone') : t('monitoring.followUp.open')} ${m.followUpNote ?? ''}`
                  ),
              },
            ]}
          />
        </Card>
      )}

      <Card title={t('monitoring.department')} size="small" className="print-block">
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={r.department.projects}
          columns={[
            { title: t('indicators.project'), dataIndex: 'name' },
            { title: t('monitoring.field.executionRate'), key: 'rate', render: (_, s) => `${pct(s.executionRate)} / ${s.plannedPercent}%` },
            { title: t('monitoring.col.light'), key: 'moneyLight', render: (_, s) => <Light light={s.moneyLight} /> },
            { title: t('monitoring.lights'), key: 'lights', render: (_, s) => `${s.lights.red}/${s.lights.yellow}/${s.lights.green}/${s.lights.blue}/${s.lights.none}` },
            { title: t('monitoring.likelihoods'), key: 'likelihoods', render: (_, s) => `${s.likelihoods.确定能}/${s.likelihoods.有可能}/${s.likelihoods.完全不可能}/${s.likelihoods.未判断}` },
            { title: t('monitoring.col.cause'), key: 'causes', render: (_, s) => s.causes.map((c) => <div key={c.indicator} style={{ fontSize: 12 }}>{t('common.labelled', { label: c.indicator, value: t(`monitoring.cause.${c.cause}`) })}</div>) },
          ]}
        />
        <div className="print-only signature-lines">{t('monitoring.signature')}</div>
      </Card>

      {(r.report.comments.length > 0 || can('monitoring.comment')) && (
        <Card title={t('monitoring.comments')} size="small" className="no-print">
          {r.report.comments.map((c) => (
            <p key={c.id}>
              <Tag>{c.authorRole}</Tag> {c.authorName}（{c.createdAt.slice(0, 10)}）：{c.text}
            </p>
          ))}
          {can('monitoring.comment') && r.report.id !== null && (
            <Space.Compact style={{ width: '100%' }}>
              <Input aria-label={t('monitoring.comments')} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} />
              <Button disabled={!comment.trim()} onClick={() => void act(() => api<TMonitoringReport>('POST', `${url}/comments`, { text: comment })).then(() => setComment(''))}>
                {t('monitoring.addComment')}
              </Button>
            </Space.Compact>
          )}
        </Card>
      )}

      <LineModal
        line={editing}
        url={url}
        onClose={() => setEditing(null)}
        onSaved={(next) => {
          setReport(next);
          setEditing(null);
          void message.success(t('common.saved'));
        }}
      />
      <Modal
        open={asking !== null}
        title={asking ? t(`monitoring.move.${asking}`) : ''}
        okButtonProps={{ disabled: !reason.trim(), danger: true }}
        onCancel={() => setAsking(null)}
        onOk={() => {
          const m = asking!;
          setAsking(null);
          void move(m, { reason });
        }}
      >
        <Input.TextArea aria-label={t('monitoring.reason')} placeholder={t('monitoring.reasonRequired')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </Modal>
    </Space>
  );
}
