import { Alert, DatePicker, Descriptions, Form, Input, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import { yuanGrouped, yuanText } from '../../components/money';
import type { TPaymentResult, TPaymentView } from '../../../../src/contract/api/spending-api';
import { amountRule, amountYuan, inYearRule, ProjectOptionLabel, projectOptions, TEXT_LIMITS, type PaymentValues, type ProjectOption } from './payment-fields';
import { useSubmit } from '../../api/use-submit';

export type PaymentAction = { kind: 'edit'; payment: TPaymentView } | { kind: 'void'; payment: TPaymentView };

/**
 * Correct or void a payment. Both need a reason, kept in the payment's history; both send the version
 * seen, so a change someone made meanwhile is refused rather than overwritten.
 */
export function PaymentEditModal({
  action,
  year,
  projects,
  baseUrl,
  onClose,
  onDone,
}: {
  action: PaymentAction;
  year: number;
  projects: readonly ProjectOption[];
  /** …/payments */
  baseUrl: string;
  onClose: () => void;
  onDone: (result: TPaymentResult) => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<PaymentValues & { reason: string }>();
  const { busy, error, run } = useSubmit();
  const p = action.payment;

  /** called by the form once every field is valid (Enter or the OK button) */
  const submit = async (v: PaymentValues & { reason: string }) => {
    await run(async () => {
      let result: TPaymentResult;
      if (action.kind === 'void') {
        result = await api<TPaymentResult>('POST', `${baseUrl}/${p.id}/void`, { reason: v.reason, version: p.version });
      } else {
        const next = {
          projectCode: v.projectCode,
          paidOn: v.paidOn.format('YYYY-MM-DD'),
          amount: amountYuan(v.amount),
          voucherNo: v.voucherNo.trim(),
          payee: v.payee.trim(),
          summary: (v.summary ?? '').trim(),
          fundSource: v.fundSource,
        };
        const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => p[key as keyof typeof next] !== value));
        result = await api<TPaymentResult>('PATCH', `${baseUrl}/${p.id}`, { ...changed, reason: v.reason, version: p.version });
      }
      onDone(result);
    });
  };

  const isVoid = action.kind === 'void';
  return (
    <Modal
      open
      width={isVoid ? 560 : 720}
      title={`${isVoid ? t('payments.void.title') : t('payments.edit.title')} · ${p.voucherNo}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={isVoid ? t('payments.void.submit') : t('common.save')}
      okButtonProps={{ danger: isVoid }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {isVoid && (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'project', label: t('payments.project'), children: p.projectName, span: 2 },
            { key: 'date', label: t('payments.paidOn'), children: p.paidOn },
            { key: 'amount', label: t('payments.amountYuan'), children: yuanGrouped(p.amount) },
            { key: 'payee', label: t('payments.payee'), children: p.payee, span: 2 },
          ]}
        />
      )}
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="edit-error" />}
      <Form
        form={form}
        name="paymentEdit"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ projectCode: p.projectCode, paidOn: dayjs(p.paidOn), amount: yuanText(p.amount), voucherNo: p.voucherNo, payee: p.payee, summary: p.summary, fundSource: p.fundSource, reason: '' }}
      >
        {!isVoid && (
          <>
            <Form.Item name="projectCode" label={t('payments.project')} rules={[{ required: true, message: t('payments.entry.projectRequired') }]}>
              <Select
                showSearch={{ optionFilterProp: 'search' }}
                options={projectOptions(projects)}
                optionRender={(option) => <ProjectOptionLabel name={String(option.data.label)} code={String(option.data.value)} />}
              />
            </Form.Item>
            <Space align="start" size={12} wrap>
              <Form.Item name="paidOn" label={t('payments.paidOn')} rules={[{ required: true, message: t('payments.entry.dateRequired') }, inYearRule(year, t('payments.entry.dateOutsideYear', { year }))]}>
                <DatePicker allowClear={false} style={{ width: 150 }} />
              </Form.Item>
              <Form.Item name="amount" label={t('payments.amountYuan')} rules={[{ required: true, message: t('payments.entry.amountRequired') }, amountRule]}>
                <Input inputMode="decimal" suffix={t('unit.yuan')} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="voucherNo" label={t('payments.voucherNo')} rules={[{ required: true, whitespace: true, message: t('payments.entry.voucherRequired') }, { max: TEXT_LIMITS.voucherNo }]}>
                <Input style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="fundSource" label={t('payments.fundSource')}>
                <Select
                  style={{ width: 120 }}
                  options={[
                    { value: 'fiscal', label: t('payments.fund.fiscal') },
                    { value: 'other', label: t('payments.fund.other') },
                  ]}
                />
              </Form.Item>
            </Space>
            <Form.Item name="payee" label={t('payments.payee')} rules={[{ required: true, whitespace: true, message: t('payments.entry.payeeRequired') }, { max: TEXT_LIMITS.payee }]}>
              <Input />
            </Form.Item>
            <Form.Item name="summary" label={t('payments.summary')} rules={[{ max: TEXT_LIMITS.summary }]}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={isVoid ? t('payments.void.reason') : t('payments.edit.reason')}
          rules={[{ required: true, whitespace: true, message: t('payments.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={isVoid ? t('payments.void.reasonPlaceholder') : t('payments.edit.reasonPlaceholder')} autoFocus={isVoid} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
