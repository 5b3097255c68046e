import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Typography, type RefSelectProps } from 'antd';
import { useRef, useState } from 'react';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import { wan, yuanGrouped } from '../../components/money';
import type { TPaymentResult, TSpendingView } from '../../../../src/contract/api/spending-api';
import { amountRule, amountYuan, inYearRule, nextVoucher, ProjectOptionLabel, projectOptions, TEXT_LIMITS, type PaymentValues } from './payment-fields';
import { useSubmit } from '../../api/use-submit';

/**
 * 逐笔登记: one compact row of fields above the list. Enter in any text field records the payment; the
 * project, date and fund source stay for the next one, the voucher number moves on by one, and focus
 * goes back to the first field. An overspend warning (warn mode) or refusal (stop mode) is shown here,
 * with the entered values kept.
 */
export function PaymentEntryForm({ url, year, yearView, onRecorded }: { url: string; year: number; yearView: TSpendingView | undefined; onRecorded: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentValues>();
  const projectRef = useRef<RefSelectProps>(null);
  const { busy, error, setError, run } = useSubmit();
  const [warning, setWarning] = useState<string>();
  const projectCode = Form.useWatch('projectCode', form);
  const projects = yearView?.projects ?? [];
  const selected = projects.find((p) => p.code === projectCode);

  const submit = async (v: PaymentValues) => {
    setWarning(undefined);
    await run(async () => {
      const result = await api<TPaymentResult>('POST', url, {
        projectCode: v.projectCode,
        paidOn: v.paidOn.format('YYYY-MM-DD'),
        amount: amountYuan(v.amount),
        voucherNo: v.voucherNo,
        payee: v.payee,
        summary: v.summary ?? '',
        fundSource: v.fundSource,
      });
      const p = result.payment;
      message.success(t('payments.entry.saved', { voucher: p.voucherNo, amount: yuanGrouped(p.amount) }));
      if (result.warning) setWarning(result.warning);
      form.resetFields(['amount', 'payee', 'summary']);
      form.setFieldValue('voucherNo', nextVoucher(p.voucherNo));
      onRecorded();
      projectRef.current?.focus();
    });
  };

  return (
    <Card size="small" title={t('payments.entry.title')} extra={<Typography.Text type="secondary">{t('payments.entry.hint')}</Typography.Text>}>
      <Form form={form} name="paymentEntry" layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ fundSource: 'fiscal' }} requiredMark={false} aria-label={t('payments.entry.title')}>
        <div className="payment-entry-row" style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px', alignItems: 'flex-start' }}>
          <Form.Item name="projectCode" label={t('payments.project')} rules={[{ required: true, message: t('payments.entry.projectRequired') }]} style={{ width: 220, marginBottom: 8 }}>
            <Select
              ref={projectRef}
              autoFocus
              aria-label={t('payments.project')}
              placeholder={t('payments.entry.projectPlaceholder')}
              showSearch={{ optionFilterProp: 'search' }}
              options={projectOptions(projects)}
              optionRender={(option) => <ProjectOptionLabel name={String(option.data.label)} code={String(option.data.value)} />}
              popupMatchSelectWidth={360}
            />
          </Form.Item>
          <Form.Item name="paidOn" label={t('payments.paidOn')} rules={[{ required: true, message: t('payments.entry.dateRequired') }, inYearRule(year, t('payments.entry.dateOutsideYear', { year }))]} style={{ width: 132, marginBottom: 8 }}>
            <DatePicker aria-label={t('payments.paidOn')} defaultPickerValue={dayjs(`${year}-01-01`)} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="amount" label={t('payments.amountYuan')} rules={[{ required: true, message: t('payments.entry.amountRequired') }, amountRule]} style={{ width: 124, marginBottom: 8 }}>
            <Input aria-label={t('payments.amountYuan')} inputMode="decimal" suffix={t('unit.yuan')} style={{ textAlign: 'right' }} />
          </Form.Item>
          <Form.Item name="voucherNo" label={t('payments.voucherNo')} rules={[{ required: true, whitespace: true, message: t('payments.entry.voucherRequired') }, { max: TEXT_LIMITS.voucherNo }]} style={{ width: 124, marginBottom: 8 }}>
            <Input aria-label={t('payments.voucherNo')} />
          </Form.Item>
          <Form.Item name="payee" label={t('payments.payee')} rules={[{ required: true, whitespace: true, message: t('payments.entry.payeeRequired') }, { max: TEXT_LIMITS.payee }]} style={{ width: 160, marginBottom: 8 }}>
            <Input aria-label={t('payments.payee')} />
          </Form.Item>
          <Form.Item name="summary" label={t('payments.summary')} rules={[{ max: TEXT_LIMITS.summary }]} style={{ flex: '1 1 120px', minWidth: 120, marginBottom: 8 }}>
            <Input aria-label={t('payments.summary')} />
          </Form.Item>
          <Form.Item name="fundSource" label={t('payments.fundSource')} style={{ width: 104, marginBottom: 8 }}>
            <Select
              aria-label={t('payments.fundSource')}
              options={[
                { value: 'fiscal', label: t('payments.fund.fiscal') },
                { value: 'other', label: t('payments.fund.other') },
              ]}
            />
          </Form.Item>
          <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('payments.entry.submit')}
            </Button>
          </Form.Item>
        </div>
        {selected && (
          <Typography.Text type="secondary" data-testid="entry-budget">
            {t('payments.entry.budgetHint', { name: selected.name, budget: wan(selected.budget), spent: wan(selected.spent), left: wan(Math.max(0, Math.round(selected.budget * 100) - Math.round(selected.spent * 100)) / 100) })}
          </Typography.Text>
        )}
      </Form>
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginTop: 8 }} closable={{ onClose: () => setError(undefined) }} data-testid="entry-error" />}
      {warning && <Alert type="warning" showIcon title={warning} style={{ marginTop: 8 }} closable={{ onClose: () => setWarning(undefined) }} data-testid="entry-warning" />}
    </Card>
  );
}
