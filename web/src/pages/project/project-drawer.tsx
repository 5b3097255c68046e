import { Alert, Button, Drawer, Form, Input, InputNumber, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import { parseAmountToFen, fenToYuan, formatFen, yuanToFen } from '../../../../src/core/money';
import type { TProjectView } from '../../../../src/contract/api/goal-book-api';
import { useSubmit } from '../../api/use-submit';

interface Values {
  name: string;
  purpose: string;
  total: string;
  fiscal: string;
  other: string;
  spendingPlan: { month: number; cumulativePercent: number }[];
  goals: string[];
}

/** Amounts are typed in 万元 as on the form and sent in 元, converted exactly (no floating point). */
const wanToYuan = (text: string): number | null => {
  const fen = parseAmountToFen(text || '0', '万元');
  return fen === null ? null : fenToYuan(fen);
};

export function ProjectDrawer({ open, project, url, onClose, onSaved }: { open: boolean; project: TProjectView; url: string; onClose: () => void; onSaved: (revision?: number) => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.setFieldsValue({
      name: project.name,
      purpose: project.purpose,
      total: formatFen(yuanToFen(project.budget.total), '万元', 4).replace(/\.?0+$/, ''),
      fiscal: formatFen(yuanToFen(project.budget.fiscal), '万元', 4).replace(/\.?0+$/, ''),
      other: formatFen(yuanToFen(project.budget.other), '万元', 4).replace(/\.?0+$/, ''),
      spendingPlan: project.spendingPlan,
      goals: project.goals,
    });
  }, [open, project, form]);

  const amountRule = { validator: async (_: unknown, v: string) => { if (v && wanToYuan(v) === null) throw new Error(t('project.amountInvalid')); } };

  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const body = {
        name: v.name,
        purpose: v.purpose ?? '',
        budget: { total: wanToYuan(v.total)!, fiscal: wanToYuan(v.fiscal)!, other: wanToYuan(v.other)! },
        spendingPlan: v.spendingPlan ?? [],
        goals: (v.goals ?? []).filter((g) => g && g.trim()),
      };
      const result = await api<{ revision?: number }>('PATCH', url, body);
      onSaved(result.revision);
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={640}
      title={`${t('project.editProject')} · ${project.code}`}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="name" label={t('project.name')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Space align="start">
          <Form.Item name="total" label={`${t('project.budget')}（${t('unit.wan')}）`} rules={[{ required: true }, amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="fiscal" label={`${t('project.fiscal')}（${t('unit.wan')}）`} rules={[amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="other" label={`${t('project.other')}（${t('unit.wan')}）`} rules={[amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
        </Space>
        <Form.Item name="purpose" label={t('project.purpose')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={`${t('project.plan')}（%）`}>
          <Form.List name="spendingPlan">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'month']} rules={[{ required: true }]}>
                      <InputNumber min={1} max={12} suffix={t('project.monthEnd')} aria-label={t('project.month')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'cumulativePercent']} rules={[{ required: true }]}>
                      <InputNumber min={0} max={100} suffix="%" aria-label={t('project.cumulativePercent')} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ month: 12, cumulativePercent: 100 })} icon={<PlusOutlined />}>
                  {t('project.addMilestone')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label={t('project.goals')}>
          <Form.List name="goals">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                    <span>{i + 1}.</span>
                    <Form.Item name={field.name} style={{ flex: 1, width: 500 }} rules={[{ required: true, whitespace: true }]}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add('')} icon={<PlusOutlined />}>
                  {t('project.addGoal')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
