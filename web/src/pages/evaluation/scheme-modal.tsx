import { Form, InputNumber, Modal, Select, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { TScoringScheme } from '../../../../src/contract/scoring-scheme';
import { DEFAULT_SCHEME, WIDE_BANDS } from '../../../../src/core/scoring/scheme';

interface SchemeForm {
  execution: number;
  output: number;
  benefit: number;
  satisfaction: number;
  lowerIsBetter: TScoringScheme['lowerIsBetter'];
  bands: 'standard' | 'wide';
  rounding: TScoringScheme['rounding'];
  cap: boolean;
  capBelow: number;
  capMax: number;
  overshoot: boolean;
  overPercent: number;
  deductPercent: number;
}

const sameBands = (a: TScoringScheme['bands'], b: TScoringScheme['bands']) => JSON.stringify(a) === JSON.stringify(b);

/** 评分规则: the unit-year's scheme as a form; the server refuses weights that do not add up. */
export function SchemeModal(props: { open: boolean; scheme: TScoringScheme; onCancel: () => void; onSave: (scheme: TScoringScheme) => Promise<boolean> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<SchemeForm>();
  const s = props.scheme;
  useEffect(() => {
    if (!props.open) return;
    form.setFieldsValue({
      ...s.categoryWeights,
      lowerIsBetter: s.lowerIsBetter,
      bands: sameBands(s.bands, WIDE_BANDS) ? 'wide' : 'standard',
      rounding: s.rounding,
      cap: s.executionCap !== null,
      capBelow: s.executionCap?.belowRatePercent ?? 60,
      capMax: s.executionCap?.maxTotal ?? 69,
      overshoot: s.overshootDeduction !== null,
      overPercent: s.overshootDeduction?.overPercent ?? 30,
      deductPercent: s.overshootDeduction?.deductPercent ?? 20,
    });
  }, [props.open, s, form]);
  return (
    <Modal
      open={props.open}
      title={t('evaluation.scheme')}
      width={640}
      onCancel={props.onCancel}
      onOk={async () => {
        const v = await form.validateFields();
        await props.onSave({
          categoryWeights: { execution: v.execution, output: v.output, benefit: v.benefit, satisfaction: v.satisfaction },
          indicatorWeights: s.indicatorWeights,
          lowerIsBetter: v.lowerIsBetter,
          bands: v.bands === 'wide' ? WIDE_BANDS : DEFAULT_SCHEME.bands,
          rounding: v.rounding,
          executionCap: v.cap ? { belowRatePercent: v.capBelow, maxTotal: v.capMax } : null,
          overshootDeduction: v.overshoot ? { overPercent: v.overPercent, deductPercent: v.deductPercent } : null,
        });
      }}
    >
      <Form form={form} layout="vertical">
        <Typography.Paragraph type="secondary">{t('evaluation.schemeHint')}</Typography.Paragraph>
        <Space wrap>
          <Form.Item name="execution" label="预算执行率"><InputNumber min={0} max={100} /></Form.Item>
          <Form.Item name="output" label="产出指标"><InputNumber min={0} max={100} /></Form.Item>
          <Form.Item name="benefit" label="效益指标"><InputNumber min={0} max={100} /></Form.Item>
          <Form.Item name="satisfaction" label="满意度指标"><InputNumber min={0} max={100} /></Form.Item>
        </Space>
        <Form.Item name="lowerIsBetter" label={t('evaluation.schemeLower')}>
          <Select options={[{ value: 'linear-to-double', label: t('evaluation.schemeLinear') }, { value: 'target-over-actual', label: t('evaluation.schemeRatio') }]} />
        </Form.Item>
        <Form.Item name="bands" label={t('evaluation.schemeBands')}>
          <Select options={[{ value: 'standard', label: '80–100 / 60–80 / 0–60 %' }, { value: 'wide', label: '100–80 / 80–50 / 50–0 %' }]} />
        </Form.Item>
        <Form.Item name="rounding" label={t('evaluation.schemeRounding')}>
          <Select options={[{ value: 'round-2', label: t('evaluation.schemeRound2') }, { value: 'cut-1', label: t('evaluation.schemeCut1') }]} />
        </Form.Item>
        <Space align="center" wrap>
          <Form.Item name="cap" valuePropName="checked" label={t('evaluation.schemeCap')}><Switch /></Form.Item>
          <Form.Item name="capBelow" label="执行率低于（%）"><InputNumber min={0} max={100} /></Form.Item>
          <Form.Item name="capMax" label="总分最高"><InputNumber min={0} max={100} /></Form.Item>
        </Space>
        <Space align="center" wrap>
          <Form.Item name="overshoot" valuePropName="checked" label={t('evaluation.schemeOvershoot')}><Switch /></Form.Item>
          <Form.Item name="overPercent" label="超出目标（%）"><InputNumber min={1} max={1000} /></Form.Item>
          <Form.Item name="deductPercent" label="扣分值的（%）"><InputNumber min={0} max={100} /></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
