import { Alert, Divider, Form, InputNumber, Modal, Table, Typography } from 'antd';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { TWorkSettings } from '../../../../src/contract/api/correction-work-api';

type NumberField = { path: string[]; label: MessageKey; min: number; max: number };

/** Every local number of the supervision work (correction.md: marked *local*), with its label and bounds (the server's, contract/api/correction-work-api.ts). */
const WORK_NUMBERS: NumberField[] = [
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

const S = (path: string[], label: MessageKey, max: number, min = 1): NumberField => ({ path: ['supervision', ...path], label, min, max });
const SUPERVISION_NUMBERS: NumberField[] = [
  S(['assessmentWorkingDays'], 'cw.settings.assessmentWorkingDays', 60),
  S(['assessmentFastTrackWorkingDays'], 'cw.settings.assessmentFastTrackWorkingDays', 60),
  S(['reportInDays'], 'cw.settings.reportInDays', 60),
  S(['dueSoonDays'], 'cw.settings.dueSoonDays', 30, 0),
  S(['leave', 'officeMaxDays'], 'cw.settings.leave.officeMaxDays', 60),
  S(['leave', 'maxDaysEach'], 'cw.settings.leave.maxDaysEach', 90),
  S(['leave', 'windowMonths'], 'cw.settings.leave.windowMonths', 12),
  S(['leave', 'windowMaxDays'], 'cw.settings.leave.windowMaxDays', 365),
  S(['leave', 'applyDaysAhead'], 'cw.settings.leave.applyDaysAhead', 30, 0),
  S(['relocation', 'stepDays'], 'cw.settings.relocation.stepDays', 30),
  S(['relocation', 'reportDays'], 'cw.settings.relocation.reportDays', 30),
  S(['relocation', 'applyMonthsAhead'], 'cw.settings.relocation.applyMonthsAhead', 12, 0),
  S(['location', 'maxMonths'], 'cw.settings.location.maxMonths', 12),
  S(['location', 'renewalReminderDays'], 'cw.settings.location.renewalReminderDays', 60, 0),
  S(['alarmResponseMinutes'], 'cw.settings.alarmResponseMinutes', 24 * 60),
  S(['strictFirstMonths'], 'cw.settings.strictFirstMonths', 24, 0),
];

const CLASSES = ['初期', '严管', '普管', '宽管'] as const;
const DUTIES: Array<{ key: keyof TWorkSettings['supervision']['duties']['严管']; label: MessageKey; max: number }> = [
  { key: 'reports', label: 'cw.settings.duty.reports', max: 31 },
  { key: 'visits', label: 'cw.settings.duty.visits', max: 31 },
  { key: 'studyHours', label: 'cw.settings.duty.studyHours', max: 200 },
  { key: 'serviceHours', label: 'cw.settings.duty.serviceHours', max: 200 },
];

function NumberItem({ n }: { n: NumberField }) {
  const { t } = useI18n();
  return (
    <Form.Item name={n.path} label={t(n.label)} rules={[{ required: true, type: 'integer', min: n.min, max: n.max, message: t('cw.settings.range', { min: n.min, max: n.max }) }]}>
      <InputNumber min={n.min} max={n.max} precision={0} />
    </Form.Item>
  );
}

/** The unit's local numbers of correction supervision, changed by those who may change unit settings (audited by the server). */
export function WorkSettingsModal({ unitCode, open, onClose, onSaved }: { unitCode: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TWorkSettings>();
  const url = `/api/units/${encodeURIComponent(unitCode)}/correction-settings`;
  const current = useEndpoint('GET /api/units/:unitCode/correction-settings', open ? { unitCode } : null);
  const { busy, error, run } = useSubmit();
  return (
    <Modal open={open} width={680} title={t('cw.settings.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
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
          <Divider titlePlacement="start">{t('cw.settings.groupWork')}</Divider>
          {WORK_NUMBERS.map((n) => (
            <NumberItem key={n.path.join('.')} n={n} />
          ))}
          <Divider titlePlacement="start">{t('cw.settings.groupSupervision')}</Divider>
          {SUPERVISION_NUMBERS.map((n) => (
            <NumberItem key={n.path.join('.')} n={n} />
          ))}
          <Divider titlePlacement="start">{t('cw.settings.groupDuties')}</Divider>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={DUTIES}
            columns={[
              { title: '', key: 'duty', render: (_, d) => t(d.label) },
              ...CLASSES.map((c) => ({
                title: c,
                key: c,
                render: (_: unknown, d: (typeof DUTIES)[number]) => (
                  <Form.Item noStyle name={['supervision', 'duties', c, d.key]} rules={[{ required: true, type: 'integer', min: 0, max: d.max, message: t('cw.settings.range', { min: 0, max: d.max }) }]}>
                    <InputNumber aria-label={`${c} ${t(d.label)}`} min={0} max={d.max} precision={0} style={{ width: 72 }} />
                  </Form.Item>
                ),
              })),
            ]}
          />
        </Form>
      )}
    </Modal>
  );
}
