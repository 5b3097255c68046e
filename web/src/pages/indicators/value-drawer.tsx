import { Alert, App, Button, Card, DatePicker, Drawer, Empty, Form, Input, InputNumber, List, Modal, Radio, Skeleton, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import { CheckOutlined, PaperClipOutlined, RollbackOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ApiError, download } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ASSESSMENTS } from '../../../../src/core/indicator-progress';
import type { TIndicatorProgress, TIndicatorValueView } from '../../../../src/contract/api/registers-api';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_LABEL } from '../../../../src/core/evidence';
import { num, unitOf } from './light';

export const STATUS_COLOR: Record<TIndicatorValueView['status'], string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'warning' };

/** Whether an indicator takes hand-entered values: nothing computes it, or its target is qualitative. */
export const takesManualValues = (i: TIndicatorProgress) => i.metric === null || i.direction === 'qualitative';

interface ValueForm {
  asOf: Dayjs;
  value?: number | null;
  assessment?: string | null;
  reason?: string;
  evidence?: string;
}

/** The evidence files of one value, each downloadable (the API serves their stored bytes). */
function EvidenceFiles({ valueId, version }: { valueId: number; version: number }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { apiBase, params } = useUnitYear();
  const files = useEndpoint('GET /api/units/:unitCode/years/:year/indicator-values/:valueId/evidence', { ...params, valueId }, { v: version });
  if (!files.data?.length) return null;
  return (
    <Space wrap size={4} data-testid={`evidence-${valueId}`}>
      {files.data.map((f) => (
        <Typography.Link
          key={f.id}
          title={`SHA-256 ${f.sha256}`}
          onClick={() => void download(`${apiBase}/evidence/${f.id}`).catch((e: unknown) => e instanceof ApiError && message.error(errorText(e, lang)))}
        >
          <PaperClipOutlined /> {f.fileName}（{(f.size / 1024).toFixed(0)} KB）
        </Typography.Link>
      ))}
      <Typography.Text type="secondary">{t('indicators.evidenceFilesN', { n: files.data.length })}</Typography.Text>
    </Space>
  );
}

export function ValueText({ value, indicator }: { value: Pick<TIndicatorValueView, 'value' | 'assessment'>; indicator: Pick<TIndicatorProgress, 'numerator' | 'targetUnit'> }) {
  if (value.assessment) return <Tag color={value.assessment === '达成' ? 'green' : value.assessment === '部分达成' ? 'gold' : 'red'}>{value.assessment}</Tag>;
  const unit = unitOf(indicator);
  return <>{value.value === null ? '—' : `${num(value.value)}${unit === '%' ? '%' : ` ${unit}`}`}</>;
}

/** Asks for the reason before a submitted value goes back to the person who entered it. */
export function ReturnModal({ open, busy, onCancel, onReturn }: { open: boolean; busy: boolean; onCancel: () => void; onReturn: (reason: string) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!open) return;
    setReason('');
    setTouched(false);
  }, [open]);
  const missing = reason.trim() === '';
  return (
    <Modal
      open={open}
      title={t('indicators.returnTitle')}
      onCancel={onCancel}
      okText={t('indicators.return')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      destroyOnHidden
      onOk={() => {
        setTouched(true);
        if (!missing) onReturn(reason.trim());
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('indicators.returnReason')} required validateStatus={touched && missing ? 'error' : undefined} help={touched && missing ? t('indicators.returnReasonRequired') : undefined}>
          <Input.TextArea autoFocus rows={3} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-label={t('indicators.returnReason')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The hand-entered values of one indicator: its history (draft → submitted → approved | returned),
 * a form to enter a value or an assessment band with evidence, submission, and — for approvers other
 * than the enterer — approve or return with a reason. Only approved values count on the board.
 */
export function ValueDrawer({ indicator, asOf, onClose, onChanged }: { indicator: TIndicatorProgress | null; asOf: string; onClose: () => void; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const { can, user } = useSession();
  const { message } = App.useApp();
  const { apiBase, params } = useUnitYear();
  const values = useEndpoint('GET /api/units/:unitCode/years/:year/indicators/:id/values', indicator ? { ...params, id: indicator.indicatorId } : null);
  const [form] = Form.useForm<ValueForm>();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState<number | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [filesVersion, setFilesVersion] = useState(0);

  useEffect(() => {
    setError(undefined);
    setEditingId(null);
    setFiles([]);
    form.resetFields();
  }, [indicator, form]);

  if (!indicator) return null;
  const qualitative = indicator.direction === 'qualitative';
  const mayEnter = can('indicatorValue.enter') && takesManualValues(indicator);
  const mayApprove = can('indicatorValue.approve');
  const mine = (v: TIndicatorValueView) => v.enteredByName === user?.username;
  const list = values.data;

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      message.success(done);
      await values.reload();
      onChanged();
      return true;
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (submit: boolean) => {
    let v: ValueForm;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body = {
      asOf: v.asOf.format('YYYY-MM-DD'),
      value: qualitative ? null : (v.value ?? null),
      assessment: qualitative ? (v.assessment ?? null) : null,
      reason: v.reason?.trim() ? v.reason.trim() : null,
      evidence: v.evidence ?? '',
    };
    const ok = await act(async () => {
      const saved = editingId ? await api<TIndicatorValueView>('PATCH', `${apiBase}/indicator-values/${editingId}`, body) : await api<TIndicatorValueView>('POST', `${apiBase}/indicators/${indicator.indicatorId}/values`, body);
      // files go with the value before it is submitted: a submitted value can no longer change
      for (const f of files) {
        const upload = new FormData();
        upload.append('file', f.originFileObj as Blob, f.name);
        await api('POST', `${apiBase}/indicator-values/${saved.id}/evidence`, upload);
      }
      setFiles([]);
      setFilesVersion((n) => n + 1);
      if (submit) await api('POST', `${apiBase}/indicator-values/${saved.id}/submit`);
    }, submit ? t('indicators.submitted') : t('indicators.draftSaved'));
    if (ok) {
      setEditingId(null);
      form.resetFields();
    }
  };

  const edit = (v: TIndicatorValueView) => {
    setEditingId(v.id);
    form.setFieldsValue({ asOf: dayjs(v.asOf), value: v.value, assessment: v.assessment, reason: v.reason ?? '', evidence: v.evidence });
  };

  const actions = (v: TIndicatorValueView) => {
    const out = [];
    if (mayEnter && mine(v) && (v.status === 'draft' || v.status === 'returned')) {
      out.push(
        <Button key="edit" size="small" onClick={() => edit(v)}>
          {t('common.edit')}
        </Button>,
        <Button key="submit" size="small" type="primary" icon={<SendOutlined />} loading={busy} onClick={() => void act(() => api('POST', `${apiBase}/indicator-values/${v.id}/submit`), t('indicators.submitted'))}>
          {t('indicators.submit')}
        </Button>,
      );
    }
    if (mayApprove && v.status === 'submitted' && !mine(v)) {
      out.push(
        <Button key="approve" size="small" type="primary" icon={<CheckOutlined />} loading={busy} onClick={() => void act(() => api('POST', `${apiBase}/indicator-values/${v.id}/approve`), t('indicators.approved'))}>
          {t('indicators.approve')}
        </Button>,
        <Button key="return" size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(v.id)}>
          {t('indicators.return')}
        </Button>,
      );
    }
    if (mayApprove && v.status === 'submitted' && mine(v)) out.push(<Typography.Text key="own" type="secondary">{t('indicators.ownValue')}</Typography.Text>);
    return out;
  };

  return (
    <Drawer open onClose={onClose} size={640} destroyOnHidden title={t('indicators.valuesTitle', { name: indicator.name })}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Text>
          {indicator.projectName ?? t('indicators.department')} · {t('indicator.target')} <Typography.Text strong>{indicator.target}</Typography.Text>
          {qualitative ? ` · ${t('indicators.qualitative')}` : ''}
        </Typography.Text>
        {indicator.metric && !qualitative && <Alert type="info" showIcon title={t('indicators.boundNoManual', { metric: indicator.metricName ?? indicator.metric })} />}
        {error && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="value-error" />}
        {mayEnter && (
          <Card size="small" title={editingId ? t('indicators.editValue') : t('indicators.enterValue')}>
            <Form form={form} layout="vertical" initialValues={{ asOf: dayjs(asOf) }}>
              <Space align="start" wrap>
                <Form.Item name="asOf" label={t('indicators.valueAsOf')} rules={[{ required: true, message: t('indicators.valueAsOfRequired') }]}>
                  <DatePicker allowClear={false} />
                </Form.Item>
                {qualitative ? (
                  <Form.Item name="assessment" label={t('indicators.assessment')} rules={[{ required: true, message: t('indicators.assessmentRequired') }]}>
                    <Radio.Group optionType="button" buttonStyle="solid" options={ASSESSMENTS.map((a) => ({ value: a, label: a }))} />
                  </Form.Item>
                ) : (
                  <Form.Item name="value" label={t('indicators.value')} rules={[{ required: true, message: t('indicators.valueRequired', { unit: unitOf(indicator) || t('indicators.number') }) }]}>
                    <InputNumber style={{ width: 180 }} suffix={unitOf(indicator) || undefined} />
                  </Form.Item>
                )}
              </Space>
              {qualitative && (
                <Form.Item
                  name="reason"
                  label={t('indicators.assessmentReason')}
                  rules={[
                    { required: true, whitespace: true, message: t('indicators.reasonRequired') },
                    { min: 2, message: t('indicators.reasonRequired') },
                  ]}
                >
                  <Input.TextArea rows={3} placeholder={t('indicators.reasonPlaceholder')} maxLength={2000} showCount />
                </Form.Item>
              )}
              <Form.Item name="evidence" label={t('indicators.evidence')}>
                <Input.TextArea rows={2} placeholder={t('indicators.evidencePlaceholder')} maxLength={2000} showCount />
              </Form.Item>
              <Form.Item label={t('indicators.evidenceFiles', { max: EVIDENCE_MAX_LABEL })}>
                <Upload
                  multiple
                  fileList={files}
                  accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx"
                  beforeUpload={(file) => {
                    if (file.size > EVIDENCE_MAX_BYTES) {
                      message.error(t('indicators.evidenceTooLarge', { name: file.name, max: EVIDENCE_MAX_LABEL }));
                      return Upload.LIST_IGNORE;
                    }
                    setFiles((list) => [...list, { uid: file.uid, name: file.name, size: file.size, originFileObj: file }]);
                    // kept until the value is saved; uploaded with it
                    return false;
                  }}
                  onRemove={(file) => setFiles((list) => list.filter((f) => f.uid !== file.uid))}
                >
                  <Button icon={<UploadOutlined />}>{t('indicators.chooseEvidence')}</Button>
                </Upload>
              </Form.Item>
              <Space>
                <Button loading={busy} onClick={() => void save(false)}>
                  {t('indicators.saveDraft')}
                </Button>
                <Button type="primary" loading={busy} icon={<SendOutlined />} onClick={() => void save(true)}>
                  {t('indicators.saveAndSubmit')}
                </Button>
                {editingId && (
                  <Button
                    type="link"
                    onClick={() => {
                      setEditingId(null);
                      form.resetFields();
                    }}
                  >
                    {t('common.cancel')}
                  </Button>
                )}
              </Space>
            </Form>
          </Card>
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('indicators.history')}
        </Typography.Title>
        {values.error && <ErrorAlert error={values.error} onRetry={values.reload} />}
        {!list && !values.error ? (
          <Skeleton active />
        ) : (
          <List
            dataSource={list ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicators.noValues')} /> }}
            renderItem={(v) => (
              <List.Item actions={actions(v)} data-testid={`value-${v.id}`}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Tag color={STATUS_COLOR[v.status]}>{t(`indicators.status.${v.status}`)}</Tag>
                      <ValueText value={v} indicator={indicator} />
                      <Typography.Text type="secondary">{t('indicators.valueAsOfShort', { date: v.asOf })}</Typography.Text>
                    </Space>
                  }
                  description={
                    <Space orientation="vertical" size={2}>
                      {v.reason && (
                        <span>
                          {t('indicators.reason')}：{v.reason}
                        </span>
                      )}
                      {v.evidence && (
                        <span>
                          {t('indicators.evidence')}：{v.evidence}
                        </span>
                      )}
                      <EvidenceFiles valueId={v.id} version={filesVersion} />
                      <span>
                        {t('indicators.enteredBy', { name: v.enteredByName, at: new Date(v.enteredAt).toLocaleString('zh-CN') })}
                        {v.decidedByName && v.decidedAt ? ` · ${t('indicators.decidedBy', { name: v.decidedByName, at: new Date(v.decidedAt).toLocaleString('zh-CN') })}` : ''}
                      </span>
                      {v.returnReason && <Typography.Text type="warning">{t('indicators.returnedBecause', { reason: v.returnReason })}</Typography.Text>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Space>
      <ReturnModal
        open={returning !== null}
        busy={busy}
        onCancel={() => setReturning(null)}
        onReturn={(reason) =>
          void act(() => api('POST', `${apiBase}/indicator-values/${returning}/return`, { reason }), t('indicators.returned')).then((ok) => ok && setReturning(null))
        }
      />
    </Drawer>
  );
}
