import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { SANCTION_CAUSES, SANCTION_KINDS, sanctionForIncident, type TSanctionCause, type TSanctionKind } from '../../../../src/core/correction/sanctions';
import type { TPersonSanctions, TSanctionInput } from '../../../../src/contract/api/correction-work-api';
import { isoOf } from './date-field';

interface FormValues {
  mode: 'record' | 'propose';
  kind: TSanctionKind;
  cause: TSanctionCause;
  causeDays?: number | null;
  occurredOn?: Dayjs;
  grounds: string;
  documentNo?: string;
  decidedOn?: Dayjs;
}

export interface SanctionDraft {
  mode: 'record' | 'propose';
  kind?: TSanctionKind;
  basisIds: number[];
  /** a 脱管 proposal: its cause and days, from the alarms */
  cause?: '脱管';
  causeDays?: number;
}

/**
 * Enter a reward or sanction: a decision already taken (with its document) or a proposal for approval
 * — prefilled from the ladder's proposal when the user adopts it. Beside the cause, the step the local
 * ladder gives such an incident (core/correction/sanctions.ts), as a hint only.
 */
export function SanctionForm({ url, draft, ladder, onClose, onSaved }: { url: string; draft: SanctionDraft | null; ladder: TPersonSanctions['ladder']; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const { busy, error, run } = useSubmit();
  const mode = Form.useWatch('mode', form);
  const cause = Form.useWatch('cause', form);
  const days = Form.useWatch('causeDays', form);
  const hint = cause ? sanctionForIncident(cause, days ?? null, ladder) : null;
  // each opening starts from the draft (a form instance keeps its store between openings)
  useEffect(() => {
    if (draft) form.setFieldsValue({ mode: draft.mode, kind: draft.kind, cause: draft.cause, causeDays: draft.causeDays, occurredOn: undefined, grounds: '', documentNo: undefined, decidedOn: undefined });
  }, [draft, form]);

  const submit = (v: FormValues) =>
    run(async () => {
      const body: TSanctionInput = {
        mode: v.mode,
        kind: v.kind,
        cause: v.cause,
        causeDays: v.causeDays ?? null,
        occurredOn: isoOf(v.occurredOn) ?? '',
        grounds: v.grounds,
        documentNo: v.documentNo?.trim() || null,
        decidedOn: v.mode === 'record' ? isoOf(v.decidedOn) : null,
        basisIds: draft?.basisIds ?? [],
      };
      await api('POST', url, body);
      onSaved();
    });

  const required = (field: string) => [{ required: true, message: t('cw.sanctions.required', { field }) }];
  return (
    <Modal
      open={draft !== null}
      title={t('cw.sanctions.record')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="sanction-error" />}
      {draft && draft.basisIds.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('cw.sanctions.basis')}：{draft.basisIds.map((id) => `#${id}`).join('、')}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name="sanction"
        layout="vertical"
        preserve={false}
        initialValues={{ mode: draft?.mode ?? 'record', kind: draft?.kind, cause: undefined, grounds: '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="mode" label={t('cw.sanctions.mode')}>
          <Radio.Group
            options={[
              { value: 'record', label: t('cw.sanctions.modeRecord') },
              { value: 'propose', label: t('cw.sanctions.modePropose') },
            ]}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('cw.sanctions.kind')} rules={required(t('cw.sanctions.kind'))}>
          <Select data-testid="sanction-kind" options={SANCTION_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="cause" label={t('cw.sanctions.cause')} rules={required(t('cw.sanctions.cause'))} extra={hint ? t('cw.sanctions.suggested', { kind: hint }) : undefined}>
          <Select data-testid="sanction-cause" options={SANCTION_CAUSES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        {(cause === '脱管' || cause === '报到迟延') && (
          <Form.Item name="causeDays" label={t('cw.sanctions.causeDays')} rules={required(t('cw.sanctions.causeDays'))}>
            <InputNumber min={1} max={3650} data-testid="sanction-days" />
          </Form.Item>
        )}
        <Form.Item name="occurredOn" label={t('cw.sanctions.occurredOn')} rules={required(t('cw.sanctions.occurredOn'))}>
          <DatePicker data-testid="sanction-occurred" />
        </Form.Item>
        <Form.Item name="grounds" label={t('cw.sanctions.grounds')} rules={required(t('cw.sanctions.grounds'))} extra={t('cw.sanctions.groundsAudited')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} data-testid="sanction-grounds" />
        </Form.Item>
        {mode === 'record' && (
          <>
            <Form.Item name="documentNo" label={t('cw.sanctions.documentNo')} rules={required(t('cw.sanctions.documentNo'))}>
              <Input maxLength={60} data-testid="sanction-document" />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('cw.sanctions.decidedOn')} rules={required(t('cw.sanctions.decidedOn'))}>
              <DatePicker data-testid="sanction-decided" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
