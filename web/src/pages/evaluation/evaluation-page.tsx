import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, List, Modal, Popover, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, ApiError, download } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { wan } from '../../components/money';
import { filesByLine, LineEvidence } from '../../components/line-evidence';
import type { TEvidenceFile } from '../../../../src/contract/api/registers-api';
import type { TEvaluationIndicator, TEvaluationProject, TEvaluationReport } from '../../../../src/contract/api/evaluation-api';
import type { TScoringScheme } from '../../../../src/contract/scoring-scheme';
import type { TGrade } from '../../../../src/core/scoring/scheme';
import { SchemeModal } from './scheme-modal';
import { ImportedEvaluationCard } from './imported-evaluation-card';

type Move = TEvaluationReport['moves'][number];
const STATE_COLOR: Record<TEvaluationReport['state'], string> = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'success', locked: 'purple' };
const pct = (r: number) => `${(Math.round(r * 10000) / 100).toFixed(2)}%`;

export const actualText = (i: TEvaluationIndicator) => (i.actual !== null ? `${i.actual}${i.target.unit && i.target.unit !== '年底' ? i.target.unit : ''}` : (i.assessment ?? null));

/** 绩效自评: jixiao's proposed figures, only the judgements left to fill, every score explained, the workflow by role. */
export default function EvaluationPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const { base, apiBase, params } = useUnitYear();
  const report = useEndpoint('GET /api/units/:unitCode/years/:year/evaluation', params);
  const evidence = useEndpoint('GET /api/units/:unitCode/years/:year/evaluation/evidence', params);
  const [reasonFor, setReasonFor] = useState<Move | null>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [commentForm] = Form.useForm<{ text: string; recheck?: boolean }>();
  const [schemeOpen, setSchemeOpen] = useState(false);

  if (report.error) return <ErrorAlert error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Skeleton active />;
  const r = report.data;
  const e = r.evaluation;
  const evidenceOf = filesByLine(evidence.data);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      message.success(t('common.saved'));
      await report.reload();
      return true;
    } catch (err) {
      if (err instanceof ApiError) message.error(errorText(err, lang));
      return false;
    }
  };
  const saveScheme = (scheme: TScoringScheme) => act(() => api('PUT', `${apiBase}/evaluation/scheme`, scheme));
  // the scheme applies to live figures; a frozen report keeps the one it was approved with
  const schemeEditable = can('evaluation.scheme') && !r.frozen;
  const move = (m: Move, reason?: string) => act(() => api('POST', `${apiBase}/evaluation/move`, { move: m, ...(reason ? { reason } : {}) }));
  const saveLine = (i: TEvaluationIndicator, patch: Partial<Pick<TEvaluationIndicator, 'deviation' | 'signedScore' | 'signReason' | 'bandScore'>>) =>
    act(() => api('PUT', `${apiBase}/evaluation/lines/${i.id}`, { deviation: i.deviation, signedScore: i.signedScore, signReason: i.signReason, bandScore: i.bandScore, ...patch }));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('evaluation.title')} · {e.unit.name} {e.year}
          </Typography.Title>
          <Tag color={STATE_COLOR[r.state]} data-testid="evaluation-state">
            {t(`evaluation.state.${r.state}`)}
          </Tag>
          {r.frozenAt && <Tag color="blue">{t('evaluation.frozen', { at: r.frozenAt.slice(0, 16).replace('T', ' ') })}</Tag>}
        </Space>
        <Space wrap>
          {r.moves.map((m) => (
            <Button key={m} type={m === 'submit' || m === 'approve' ? 'primary' : 'default'} danger={m === 'return' || m === 'reopen'} onClick={() => (m === 'return' || m === 'reopen' ? setReasonFor(m) : void move(m))}>
              {t(`evaluation.move.${m}`)}
            </Button>
          ))}
          {schemeEditable && <Button onClick={() => setSchemeOpen(true)}>{t('evaluation.scheme')}</Button>}
          <Button icon={<PrinterOutlined />} onClick={() => window.open(`/print${base}/evaluation`, '_blank')}>
            {t('evaluation.print')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`${apiBase}/evaluation/export?format=xlsx`)}>
            {t('evaluation.exportXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`${apiBase}/evaluation/export?format=docx`)}>
            {t('evaluation.exportDocx')}
          </Button>
        </Space>
      </Space>

      {e.problems.length > 0 && !r.frozen && (
        <Alert type="warning" showIcon message={t('evaluation.problems', { n: e.problems.length })} description={<ul style={{ margin: 0, paddingLeft: 18 }}>{e.problems.slice(0, 12).map((p, n) => <li key={n}>{lang === 'zh' ? p.zh : p.en}</li>)}</ul>} />
      )}
      {r.changes.length > 0 && (
        <Alert
          type="info"
          showIcon
          message={t('evaluation.changes', { n: r.changes.length })}
          description={
            <Table size="small" pagination={false} rowKey={(c) => `${c.project}|${c.what}`} dataSource={r.changes} columns={[
              { title: t('evaluation.project'), dataIndex: 'project' },
              { title: '', dataIndex: 'what' },
              { title: t('evaluation.changeFrozen'), dataIndex: 'frozen', render: (v) => String(v ?? '—') },
              { title: t('evaluation.changeLive'), dataIndex: 'live', render: (v) => String(v ?? '—') },
            ]} />
          }
        />
      )}

      <Card title={t('evaluation.department')} size="small">
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={e.department.ranking}
          columns={[
            { title: t('evaluation.rank'), dataIndex: 'rank', width: 60 },
            { title: t('evaluation.project'), dataIndex: 'name', render: (name: string, row) => <a href={`#p-${row.code}`}>{name}</a> },
            { title: t('evaluation.budget'), dataIndex: 'budget', align: 'right', render: (v: number) => wan(v) },
            { title: t('evaluation.total'), dataIndex: 'total', align: 'right', render: (v: number | null) => v ?? <Tag>{t('evaluation.missing')}</Tag> },
            { title: t('evaluation.grade'), dataIndex: 'grade', render: (g: TGrade | null) => (g ? t(`evaluation.gradeName.${g}`) : '—') },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>{t('evaluation.average')}</Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">{wan(e.department.budget)}</Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">{e.department.averageTotal ?? '—'}</Table.Summary.Cell>
              <Table.Summary.Cell index={4}>{e.department.grade ? t(`evaluation.gradeName.${e.department.grade}`) : '—'}</Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>

      <ImportedEvaluationCard params={params} />

      {e.projects.map((p) => (
        <ProjectCard
          key={p.code}
          p={p}
          report={r}
          evidence={{ reportUrl: `${apiBase}/evaluation`, byLine: evidenceOf, reload: () => void evidence.reload() }}
          canSign={can('evaluation.submit')}
          onWeight={schemeEditable ? (i, w) => saveScheme({ ...e.scheme, indicatorWeights: { ...e.scheme.indicatorWeights, [String(i.id)]: w } }) : null} onSaveLine={saveLine} onSaveResults={(text) => act(() => api('PUT', `${apiBase}/evaluation/projects/${encodeURIComponent(p.code)}`, { actualResults: text }))} />
      ))}

      <Card title={t('evaluation.comments')} size="small">
        <List
          size="small"
          locale={{ emptyText: t('evaluation.noComments') }}
          dataSource={r.comments}
          renderItem={(c) => (
            <List.Item>
              <Space>
                <Tag color={c.kind === 'recheck' ? 'red' : c.kind === 'comment' ? 'blue' : 'orange'}>{t(`evaluation.kind.${c.kind}`)}</Tag>
                <span>{c.text}</span>
                <Typography.Text type="secondary">
                  {c.authorName} · {c.createdAt.slice(0, 16).replace('T', ' ')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {r.canComment && (
          <Form form={commentForm} layout="inline" style={{ marginTop: 12 }} onFinish={async (v) => { if (await act(() => api('POST', `${apiBase}/evaluation/comments`, { text: v.text, recheck: v.recheck ?? false }))) commentForm.resetFields(); }}>
            <Form.Item name="text" rules={[{ required: true, message: t('evaluation.reasonRequired') }]} style={{ flex: 1 }}>
              <Input placeholder={t('evaluation.comment')} />
            </Form.Item>
            <Form.Item name="recheck" valuePropName="checked">
              <Checkbox>{t('evaluation.recheck')}</Checkbox>
            </Form.Item>
            <Button htmlType="submit">{t('evaluation.comment')}</Button>
          </Form>
        )}
      </Card>

      <SchemeModal open={schemeOpen} scheme={e.scheme} onCancel={() => setSchemeOpen(false)} onSave={async (scheme) => { const ok = await saveScheme(scheme); if (ok) setSchemeOpen(false); return ok; }} />
      <Modal
        open={reasonFor !== null}
        title={reasonFor ? t(`evaluation.move.${reasonFor}`) : ''}
        onCancel={() => setReasonFor(null)}
        onOk={async () => {
          const v = await reasonForm.validateFields();
          if (reasonFor && (await move(reasonFor, v.reason))) {
            setReasonFor(null);
            reasonForm.resetFields();
          }
        }}
      >
        <Form form={reasonForm} layout="vertical">
          <Form.Item name="reason" label={t('evaluation.reason')} rules={[{ required: true, whitespace: true, message: t('evaluation.reasonRequired') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** A score with the formula and its numbers, on hover or click. */
function Explained({ text, children }: { text: string; children: React.ReactNode }) {
  return (
    <Popover content={<div style={{ maxWidth: 360 }}>{text}</div>} trigger={['hover', 'click']}>
      <span style={{ borderBottom: '1px dotted #888', cursor: 'help' }}>{children}</span>
    </Popover>
  );
}

function ProjectCard(props: { p: TEvaluationProject; report: TEvaluationReport; evidence: { reportUrl: string; byLine: Map<number, TEvidenceFile[]>; reload: () => void }; canSign: boolean; onWeight: ((i: TEvaluationIndicator, weight: number) => Promise<boolean>) | null; onSaveLine: (i: TEvaluationIndicator, patch: Partial<TEvaluationIndicator>) => Promise<boolean>; onSaveResults: (text: string) => Promise<boolean> }) {
  const { t, lang } = useI18n();
  const { p, report } = props;
  // a 业务科室 fills the lines (and the 实际完成情况) of its own business only; finance every one
  const fillProject = report.fillable.projects.includes(p.code);
  const fillLine = (i: TEvaluationIndicator) => report.fillable.indicators.includes(i.id);
  const [results, setResults] = useState(p.actualResults);
  const [sign, setSign] = useState<TEvaluationIndicator | null>(null);
  const [signForm] = Form.useForm<{ signedScore: number | null; signReason: string }>();
  return (
    <Card
      id={`p-${p.code}`}
      size="small"
      title={`${p.name}（${p.code}）`}
      extra={
        <Space>
          <span>
            {t('evaluation.total')} <b data-testid={`total-${p.code}`}>{p.total ?? '—'}</b>
          </span>
          {p.grade ? <Tag color="green">{t(`evaluation.gradeName.${p.grade}`)}</Tag> : p.missing > 0 ? <Tag color="red">{t('evaluation.missingCount', { n: p.missing })}</Tag> : null}
          {p.cap && <Tag color="orange">{lang === 'zh' ? p.cap.zh : p.cap.en}</Tag>}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('evaluation.budget')} {wan(p.budget)}</span>
        <span>{t('evaluation.spent')} {wan(p.spent)}</span>
        <span>{t('evaluation.rate')} {pct(p.executionRate)}</span>
        <span>
          {t('evaluation.executionScore')} <Explained text={lang === 'zh' ? p.executionExplanation.zh : p.executionExplanation.en}>{p.executionScore} / {p.executionWeight}</Explained>
        </span>
      </Space>
      <div style={{ display: 'flex', gap: 16, marginBottom: 12 }}>
        <div style={{ flex: 1 }}>
          <Typography.Text strong>{t('evaluation.expected')}</Typography.Text>
          <div style={{ whiteSpace: 'pre-wrap' }}>{p.goals.join('\n')}</div>
        </div>
        <div style={{ flex: 1 }}>
          <Typography.Text strong>{t('evaluation.actualResults')}</Typography.Text>
          {fillProject ? (
            <>
              <Input.TextArea rows={3} value={results} onChange={(ev) => setResults(ev.target.value)} />
              <Button size="small" style={{ marginTop: 4 }} disabled={results === p.actualResults} onClick={() => void props.onSaveResults(results)}>
                {t('evaluation.saveResults')}
              </Button>
            </>
          ) : (
            <div style={{ whiteSpace: 'pre-wrap' }}>{p.actualResults}</div>
          )}
        </div>
      </div>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={p.indicators}
        columns={[
          { title: t('evaluation.level2'), dataIndex: 'level2', width: 110 },
          { title: t('evaluation.name'), dataIndex: 'name' },
          { title: t('evaluation.target'), render: (_, i) => i.target.raw, width: 130 },
          { title: t('evaluation.actual'), render: (_, i) => actualText(i) ?? <Tag color="red">{t('evaluation.missing')}</Tag>, width: 100 },
          { title: t('evaluation.source'), dataIndex: 'source', width: 80, render: (s: TEvaluationIndicator['source']) => <Tag>{t(`evaluation.source.${s}`)}</Tag> },
          {
            title: t('evaluation.weight'),
            dataIndex: 'weight',
            width: 80,
            align: 'right',
            render: (w: number, i) =>
              props.onWeight ? (
                <InputNumber key={`${i.id}-${w}`} size="small" min={0} max={100} step={0.5} defaultValue={w} title={t('evaluation.editWeight')} style={{ width: 70 }} onBlur={(ev) => { const v = Number(ev.target.value); if (Number.isFinite(v) && v !== w) void props.onWeight!(i, v); }} />
              ) : (
                w
              ),
          },
          {
            title: t('evaluation.score'),
            width: 110,
            align: 'right',
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <Explained text={lang === 'zh' ? i.explanation.zh : i.explanation.en}>{i.score ?? t('evaluation.missing')}</Explained>
                {i.differs && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }} title={i.signReason ?? ''}>
                    {t('evaluation.computed')} {i.computedScore} · {t('evaluation.differs')}
                  </Typography.Text>
                )}
                {fillLine(i) && props.canSign && i.computedScore !== null && (
                  <a style={{ fontSize: 12 }} onClick={() => { setSign(i); signForm.setFieldsValue({ signedScore: i.signedScore, signReason: i.signReason ?? '' }); }}>
                    {t('evaluation.sign')}
                  </a>
                )}
              </Space>
            ),
          },
          {
            title: t('evaluation.deviation'),
            width: 280,
            render: (_, i) =>
              fillLine(i) && (i.deviationRequired || i.deviation) ? (
                <Input.TextArea
                  data-testid={`deviation-${i.id}`}
                  autoSize
                  defaultValue={i.deviation ?? ''}
                  status={i.deviationRequired && !i.deviation ? 'warning' : ''}
                  placeholder={i.deviationRequired ? t('evaluation.deviationRequired') : ''}
                  onBlur={(ev) => { if ((ev.target.value.trim() || null) !== i.deviation) void props.onSaveLine(i, { deviation: ev.target.value }); }}
                />
              ) : (
                i.deviation
              ),
          },
          {
            title: t('lineEvidence.title'),
            width: 150,
            render: (_, i) => <LineEvidence reportUrl={props.evidence.reportUrl} indicatorId={i.id} name={i.name} files={props.evidence.byLine.get(i.id) ?? []} canAttach={fillLine(i)} onChanged={props.evidence.reload} />,
          },
        ]}
      />
      <Modal
        open={sign !== null}
        title={sign ? `${t('evaluation.sign')} · ${sign.name}` : ''}
        onCancel={() => setSign(null)}
        onOk={async () => {
          const v = await signForm.validateFields();
          if (sign && (await props.onSaveLine(sign, { signedScore: v.signedScore ?? null, signReason: v.signReason }))) setSign(null);
        }}
      >
        {sign && (
          <Form form={signForm} layout="vertical">
            <Typography.Paragraph type="secondary">{lang === 'zh' ? sign.explanation.zh : sign.explanation.en}</Typography.Paragraph>
            <Form.Item name="signedScore" label={`${t('evaluation.score')}（0–${sign.weight}）`}>
              <InputNumber min={0} max={sign.weight} step={0.01} />
            </Form.Item>
            <Form.Item name="signReason" label={t('evaluation.signReason')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
