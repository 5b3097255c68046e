import { Alert, Form, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import type { TSpendingSettings } from '../../../../src/contract/api/spending-api';
import { useSubmit } from '../../api/use-submit';

/** The unit's overspend control (stop | warn) and light thresholds; the same for all its years. */
export function SpendingSettingsModal({ open, settings, url, onClose, onSaved }: { open: boolean; settings: TSpendingSettings; url: string; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TSpendingSettings>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (open) setError(undefined);
  }, [open]);

  /** called by the form once every field is valid (Enter or the OK button) */
  const submit = async (v: TSpendingSettings) => {
    await run(async () => {
      await api('PUT', url, v);
      onSaved();
    });
  };

  return (
    <Modal open={open} title={t('spending.settings.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
      <Form form={form} name="spendingSettings" layout="vertical" initialValues={settings} onFinish={(v) => void submit(v)}>
        <Form.Item name="overspendMode" label={t('spending.settings.mode')} rules={[{ required: true }]}>
          <Radio.Group orientation="vertical">
            <Radio value="stop">
              {t('spending.mode.stop')} <Typography.Text type="secondary">— {t('spending.settings.stopHint')}</Typography.Text>
            </Radio>
            <Radio value="warn">
              {t('spending.mode.warn')} <Typography.Text type="secondary">— {t('spending.settings.warnHint')}</Typography.Text>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('spending.settings.thresholdsHint')}
        </Typography.Paragraph>
        <Space align="start" size={16}>
          <Form.Item name={['lightThresholds', 'yellow']} label={t('spending.settings.yellow')} rules={[{ required: true, message: t('spending.settings.required') }]}>
            <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name={['lightThresholds', 'green']}
            label={t('spending.settings.green')}
            dependencies={[['lightThresholds', 'yellow']]}
            rules={[
              { required: true, message: t('spending.settings.required') },
              ({ getFieldValue }) => ({
                validator: async (_, green: number | null) => {
                  const yellow = getFieldValue(['lightThresholds', 'yellow']) as number | null;
                  if (green !== null && yellow !== null && yellow > green) throw new Error(t('spending.settings.order'));
                },
              }),
            ]}
          >
            <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 120 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
