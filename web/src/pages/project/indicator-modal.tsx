import { Alert, AutoComplete, Form, Input, InputNumber, Modal, Select, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../components/error-alert';
import { parseTarget, comparatorSymbol } from '../../../../src/core/target';
import { LEVEL1_CATEGORIES, LEVEL2_BY_LEVEL1 } from '../../../../src/core/indicator-categories';
import type { TIndicator } from '../../../../src/contract/goal-book';
import type { IndicatorFields } from '../../../../src/core/goal-book-edits';
import { useSubmit } from '../../api/use-submit';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';

/** Shows how a target will be read, live, so the user sees "≥ 396 件" before saving. */
export function TargetPreview({ raw }: { raw: string }) {
  const { t } = useI18n();
  if (!raw.trim()) return null;
  const target = parseTarget(raw);
  return (
    <Typography.Text type="secondary" data-testid="target-preview">
      {t('indicator.parsedAs')}：
      {target.kind === 'quantitative' ? (
        <Tag color="blue">
          {target.comparator ? comparatorSymbol(target.comparator) + ' ' : ''}
          {target.value} {target.unit ?? ''}
        </Tag>
      ) : (
        <Tag>{t('indicator.qualitative')}</Tag>
      )}
    </Typography.Text>
  );
}

/** Add or edit one indicator; the API validates again and records the change as a revision. */
export function IndicatorModal({
  open,
  title,
  initial,
  submitUrl,
  method,
  onClose,
  onSaved,
}: {
  open: boolean;
  title: string;
  initial?: TIndicator | undefined;
  submitUrl: string;
  method: 'POST' | 'PUT';
  onClose: () => void;
  onSaved: (revision?: number) => void;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<IndicatorFields>();
  const { busy, error, setError, run } = useSubmit();
  const level1 = Form.useWatch('level1', form);
  const target = Form.useWatch('target', form) ?? '';
  const { unitCode } = useUnitYear();
  // a new indicator may be picked from the library (指标库): its name, categories and definition
  const library = useEndpoint('GET /api/units/:unitCode/library', open && !initial ? { unitCode } : null);
  const pick = (id: number) => {
    const entry = library.data?.find((e) => e.id === id);
    if (!entry) return;
    form.setFieldsValue({ level1: entry.level1, level2: entry.level2, name: entry.name, description: entry.definition });
  };

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.setFieldsValue(
      initial
        ? { level1: initial.level1, level2: initial.level2, name: initial.name, description: initial.description, target: initial.target.raw, basis: initial.basis, weight: initial.weight ?? null }
        : { level1: '产出指标', level2: '', name: '', description: '', target: '', basis: '年初工作安排', weight: null },
    );
  }, [open, initial, form]);

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const result = await api<{ revision?: number }>(method, submitUrl, { ...values, weight: values.weight ?? null });
      onSaved(result.revision);
    });
  };

  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden width={640}>
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
      {!initial && (
        <Form.Item label={t('library.pick')} style={{ marginBottom: 12 }}>
          <Select
            showSearch
            allowClear
            data-testid="library-pick"
            placeholder={t('library.pickPlaceholder')}
            loading={library.loading}
            optionFilterProp="label"
            options={(library.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.level2}${e.unitOfMeasure ? ` · ${e.unitOfMeasure}` : ''}）` }))}
            onChange={(id?: number) => id !== undefined && pick(id)}
          />
        </Form.Item>
      )}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="level1" label={t('indicator.level1')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Select options={LEVEL1_CATEGORIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="level2" label={t('indicator.level2')} rules={[{ required: true, whitespace: true }]} style={{ flex: 1 }}>
            <AutoComplete options={(LEVEL2_BY_LEVEL1[level1 ?? ''] ?? []).map((v) => ({ value: v }))} />
          </Form.Item>
        </div>
        <Form.Item name="name" label={t('indicator.name')} rules={[{ required: true, whitespace: true }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="description" label={t('indicator.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="target" label={t('indicator.target')} rules={[{ required: true, whitespace: true }]} extra={<TargetPreview raw={target} />}>
          <Input placeholder="≥396件 / 100% / ≤2% / 2022年底 / 明显提升" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="basis" label={t('indicator.basis')} style={{ flex: 3 }}>
            <Input />
          </Form.Item>
          <Form.Item name="weight" label={t('indicator.weight')} style={{ flex: 1 }}>
            <InputNumber min={0} max={100} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
