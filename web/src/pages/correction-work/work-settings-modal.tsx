import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { TWorkSettings } from '../../../../src/contract/api/correction-work-api';

type Path = [keyof TWorkSettings] | ['ladder', keyof TWorkSettings['ladder']] | ['aftercare', keyof TWorkSettings['aftercare']];

/** Every local number of the supervision work (correction.md: marked *local*), with its label and bounds. */
const NUMBERS: Array<{ path: Path; label: MessageKey; min: number; max: number }> = [
  { path: ['ladder', 'admonitionsForWarning'], label: 'cw.settings.admonitionsForWarning', min: 1, max: 10 },
  { path: ['ladder', 'warningsForRevocation'], label: 'cw.settings.warningsForRevocation', min: 1, max: 10 },
  { path: ['ladder', 'absentDaysForWarning'], label: 'cw.settings.absentDaysForWarning', min: 1, max: 365 },
  { path: ['ladder', 'absentDaysForRevocation'], label: 'cw.settings.absentDaysForRevocation', min: 1, max: 365 },
  { path: ['ladder', 'lateReportDaysForAdmonition'], label: 'cw.settings.lateReportDaysForAdmonition', min: 1, max: 365 },
  { path: ['opinionAnswerDays'], label: 'cw.settings.opinionAnswerDays', min: 1, max: 90 },
  { path: ['aftercare', 'noticeLeadDays'], label: 'cw.settings.noticeLeadDays', min: 1, max: 365 },
  { path: ['aftercare', 'familyNoticeDays'], label: 'cw.settings.familyNoticeDays', min: 1, max: 60 },
  { path: ['aftercare', 'fileDays'], label: 'cw.settings.fileDays', min: 1, max: 60 },
  { path: ['aftercare', 'visitDays'], label: 'cw.settings.visitDays', min: 1, max: 60 },
  { path: ['aftercare', 'prisonYears'], label: 'cw.settings.prisonYears', min: 1, max: 10 },
  { path: ['aftercare', 'correctionYears'], label: 'cw.settings.correctionYears', min: 1, max: 10 },
];

/** The unit's local numbers of correction supervision, changed by those who may change unit settings (audited by the server). */
export function WorkSettingsModal({ unitCode, open, onClose, onSaved }: { unitCode: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TWorkSettings>();
  const url = `/api/units/${encodeURIComponent(unitCode)}/correction-settings`;
  const current = useEndpoint('GET /api/units/:unitCode/correction-settings', open ? { unitCode } : null);
  const { busy, error, run } = useSubmit();
  return (
    <Modal open={open} title={t('cw.settings.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('cw.settings.hint')}</Typography.Paragraph>
      {current.error && <ErrorAlert error={current.error} onRetry={current.reload} />}
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
      {current.data && (
        <Form
          form={form}
          name="workSettings"
          layout="horizontal"
          labelCol={{ span: 16 }}
          initialValues={current.data}
          onFinish={(v) =>
            void run(async () => {
              await api('PUT', url, v);
              onSaved();
            })
          }
        >
          {NUMBERS.map((n) => (
            <Form.Item
              key={n.path.join('.')}
              name={n.path}
              label={t(n.label)}
              rules={[{ required: true, type: 'integer', min: n.min, max: n.max, message: t('cw.settings.range', { min: n.min, max: n.max }) }]}
            >
              <InputNumber min={n.min} max={n.max} precision={0} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
