import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { DEVIATION_CAUSES, LIKELIHOODS } from '../../../../src/core/monitoring/likelihood';
import type { TLineInput, TMonitoringIndicator, TMonitoringReport } from '../../../../src/contract/api/monitoring-api';

interface FormValues {
  likelihood: TLineInput['likelihood'];
  cause?: TLineInput['cause'];
  causeText?: string;
  measures: { text: string; owner: string; dueOn: dayjs.Dayjs | null }[];
}

/**
 * One line's judgement: the likelihood (jixiao's proposal preselected, with its reason), and when it
 * is not 确定能 the deviation cause and the corrective measures with owner and due date.
 */
export function LineModal({ line, url, onClose, onSaved }: { line: TMonitoringIndicator | null; url: string; onClose: () => void; onSaved: (r: TMonitoringReport) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const { busy, error, run } = useSubmit();
  const likelihood = Form.useWatch('likelihood', form);
  const cause = Form.useWatch('cause', form);

  useEffect(() => {
    if (!line) return;
    const confirmed = line.likelihood !== null;
    form.setFieldsValue({
      likelihood: line.likelihood ?? line.proposal.likelihood,
      cause: (confirmed ? line.cause : line.proposal.cause) ?? undefined,
      causeText: (confirmed ? line.causeText : line.proposal.causeText) ?? undefined,
      measures: line.measures.map((m) => ({ text: m.text, owner: m.owner, dueOn: dayjs(m.dueOn) })),
    });
  }, [line, form]);

  const save = (values: FormValues) =>
    run(async () => {
      const needs = values.likelihood !== null && values.likelihood !== '确定能';
      const body: TLineInput = {
        likelihood: values.likelihood,
        cause: needs ? (values.cause ?? null) : null,
        causeText: needs ? (values.causeText ?? null) : null,
        measures: needs ? (values.measures ?? []).map((m) => ({ text: m.text, owner: m.owner, dueOn: m.dueOn ? m.dueOn.format('YYYY-MM-DD') : '' })) : [],
      };
      onSaved(await api<TMonitoringReport>('PUT', `${url}/lines/${line!.indicatorId}`, body));
    });

  const needs = likelihood !== null && likelihood !== undefined && likelihood !== '确定能';
  return (
    <Modal open={line !== null} title={line ? t('monitoring.line.title', { name: line.name }) : ''} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} width={760} destroyOnHidden okText={t('common.save')}>
      {line && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('common.labelled', { label: t('monitoring.line.basis'), value: line.proposal.likelihood ? t(`monitoring.likelihood.${line.proposal.likelihood}`) : t('monitoring.undecided') })}
          description={line.proposal.basis}
        />
      )}
      {error && <ErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ measures: [] }}>
        <Form.Item name="likelihood" label={t('monitoring.col.likelihood')} rules={[{ required: true, message: t('monitoring.line.required') }]}>
          <Radio.Group options={LIKELIHOODS.map((l) => ({ value: l, label: t(`monitoring.likelihood.${l}`) }))} optionType="button" />
        </Form.Item>
        {needs && (
          <>
            <Form.Item name="cause" label={t('monitoring.col.cause')} rules={[{ required: true, message: t('monitoring.line.required') }]}>
              <Select aria-label={t('monitoring.col.cause')} options={DEVIATION_CAUSES.map((c) => ({ value: c, label: t(`monitoring.cause.${c}`) }))} />
            </Form.Item>
            <Form.Item name="causeText" label={t('monitoring.line.causeText')} rules={[{ required: cause === '其他', message: t('monitoring.line.required') }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Typography.Text strong>{t('monitoring.line.measures')}</Typography.Text>
            <Form.List name="measures">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
                      <Form.Item name={[field.name, 'text']} rules={[{ required: true, message: t('monitoring.line.required') }]} style={{ width: 330, marginBottom: 0 }}>
                        <Input placeholder={t('monitoring.line.measureText')} aria-label={t('monitoring.line.measureText')} maxLength={500} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'owner']} rules={[{ required: true, message: t('monitoring.line.required') }]} style={{ width: 150, marginBottom: 0 }}>
                        <Input placeholder={t('monitoring.line.owner')} aria-label={t('monitoring.line.owner')} maxLength={60} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true, message: t('monitoring.line.required') }]} style={{ marginBottom: 0 }}>
                        <DatePicker placeholder={t('monitoring.line.dueOn')} aria-label={t('monitoring.line.dueOn')} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('common.delete')}</Button>
                    </Space>
                  ))}
                  <Button type="dashed" style={{ marginTop: 8 }} onClick={() => add({ text: '', owner: '', dueOn: null })}>
                    {t('monitoring.line.addMeasure')}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
      </Form>
    </Modal>
  );
}
