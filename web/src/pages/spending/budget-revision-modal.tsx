import { Alert, DatePicker, Descriptions, Form, Input, Modal, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import { wan } from '../../components/money';
import { fenToYuan, formatFen, parseAmountToFen, yuanToFen } from '../../../../src/core/money';
import type { TBudgetRevisionView } from '../../../../src/contract/api/spending-api';
import { useSubmit } from '../../api/use-submit';
import { actorName } from '../../components/actor-name';

export interface RevisedProject {
  code: string;
  name: string;
  /** budget in force at the as-of date, 元 */
  budget: number;
  initialBudget: number;
}

interface Values {
  effectiveOn: Dayjs;
  total: string;
  fiscal: string;
  other: string;
  reason: string;
}

/** 元 → the 万元 text a user would type: "5", "12.5", "0.000001" (fen are six decimals of 万元). */
const wanInput = (yuan: number) => formatFen(yuanToFen(yuan), '万元', 6).replace(/\.?0+$/, '');

/** Amounts are typed in 万元 and converted to fen as strings, so 12.345678 万元 is exactly 123456.78 元. */
const wanToFen = (text: string | undefined): number | null => (text && text.trim() ? parseAmountToFen(text, '万元') : null);

/** Who revised which budget, when and why — newest first, as the API lists them. */
export function RevisionHistory({ revisions }: { revisions: TBudgetRevisionView[] }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={revisions}
      locale={{ emptyText: t('spending.revision.none') }}
      columns={[
        { title: t('spending.revision.effectiveOn'), dataIndex: 'effectiveOn', width: 110 },
        { title: `${t('spending.revision.before')}（${t('unit.wan')}）`, dataIndex: 'previousTotal', align: 'right', width: 120, render: (v: number) => wan(v) },
        { title: `${t('spending.revision.after')}（${t('unit.wan')}）`, dataIndex: 'total', align: 'right', width: 130, render: (v: number, r) => <span title={`${t('overview.fiscal')} ${wan(r.fiscal)} · ${t('overview.other')} ${wan(r.other)}`}>{wan(v)}</span> },
        { title: t('spending.revision.reason'), dataIndex: 'reason' },
        { title: t('spending.revision.by'), width: 150, render: (_, r) => <Typography.Text type="secondary">{actorName(r.actorName, t)} · {dayjs(r.createdAt).format('YYYY-MM-DD HH:mm')}</Typography.Text> },
      ]}
    />
  );
}

/**
 * 调整预算 for one project: the new budget (with its fiscal/other split) in force from a date, and the
 * reason. Nothing is overwritten: the revision joins the project's history shown below the form.
 */
export function BudgetRevisionModal({
  open,
  project,
  year,
  defaultDate,
  revisions,
  split,
  url,
  onClose,
  onSaved,
}: {
  open: boolean;
  project: RevisedProject;
  year: number;
  defaultDate: string;
  revisions: TBudgetRevisionView[];
  /** the fiscal/other split of the budget in force, when known */
  split: { fiscal: number; other: number } | null;
  url: string;
  onClose: () => void;
  onSaved: (warning?: string) => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (open) setError(undefined);
  }, [open]);

  const amountRule = {
    validator: async (_: unknown, v: string | undefined) => {
      if (v && v.trim() && wanToFen(v) === null) throw new Error(t('spending.revision.amountInvalid'));
    },
  };

  /** typing a new total keeps 其他资金 and puts the rest in 财政资金, the usual case */
  const totalChanged = (text: string) => {
    const total = wanToFen(text);
    const other = wanToFen(form.getFieldValue('other')) ?? 0;
    if (total !== null && total >= other) form.setFieldValue('fiscal', wanInput(fenToYuan(total - other)));
  };

  /** called by the form once every field is valid (Enter or the OK button) */
  const submit = async (v: Values) => {
    await run(async () => {
      const result = await api<{ warning?: string }>('POST', url, {
        projectCode: project.code,
        effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
        total: fenToYuan(wanToFen(v.total)!),
        fiscal: fenToYuan(wanToFen(v.fiscal) ?? 0),
        other: fenToYuan(wanToFen(v.other) ?? 0),
        reason: v.reason,
      });
      onSaved(result.warning);
    });
  };

  const fiscal = split && yuanToFen(split.fiscal) + yuanToFen(split.other) === yuanToFen(project.budget) ? split.fiscal : project.budget;
  const other = fiscal === project.budget ? 0 : (split?.other ?? 0);
  return (
    <Modal
      open={open}
      width={760}
      title={`${t('spending.revision.title')} · ${project.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('spending.revision.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'code', label: t('project.code'), children: <Typography.Text code>{project.code}</Typography.Text> },
          { key: 'initial', label: t('spending.initialBudget'), children: `${wan(project.initialBudget)} ${t('unit.wan')}` },
          { key: 'current', label: t('spending.revision.current', { date: defaultDate }), children: `${wan(project.budget)} ${t('unit.wan')}` },
        ]}
      />
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="revision-error" />}
      <Form
        form={form}
        name="budgetRevision"
        layout="vertical"
        initialValues={{ effectiveOn: dayjs(defaultDate), total: wanInput(project.budget), fiscal: wanInput(fiscal), other: wanInput(other), reason: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Space align="start" size={12} wrap>
          <Form.Item name="effectiveOn" label={t('spending.revision.effectiveOn')} rules={[{ required: true, message: t('spending.revision.dateRequired') }]}>
            <DatePicker allowClear={false} disabledDate={(d) => d.year() !== year} style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="total" label={`${t('spending.revision.total')}（${t('unit.wan')}）`} rules={[{ required: true, message: t('spending.revision.totalRequired') }, amountRule]}>
            <Input inputMode="decimal" style={{ width: 150 }} onChange={(e) => totalChanged(e.target.value)} />
          </Form.Item>
          <Form.Item
            name="fiscal"
            label={`${t('spending.revision.fiscal')}（${t('unit.wan')}）`}
            dependencies={['total', 'other']}
            rules={[
              amountRule,
              ({ getFieldValue }) => ({
                validator: async (_, v: string | undefined) => {
                  const total = wanToFen(getFieldValue('total'));
                  const rest = wanToFen(getFieldValue('other')) ?? 0;
                  if (total !== null && wanToFen(v) !== null && wanToFen(v)! + rest !== total) throw new Error(t('spending.revision.splitMismatch'));
                },
              }),
            ]}
          >
            <Input inputMode="decimal" style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name="other" label={`${t('overview.other')}（${t('unit.wan')}）`} rules={[amountRule]}>
            <Input inputMode="decimal" style={{ width: 150 }} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('spending.revision.reason')} rules={[{ required: true, whitespace: true, message: t('spending.revision.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('spending.revision.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('spending.revision.history')}
      </Typography.Title>
      <RevisionHistory revisions={revisions} />
    </Modal>
  );
}
