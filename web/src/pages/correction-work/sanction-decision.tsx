import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { TSanction, TSanctionDecision } from '../../../../src/contract/api/correction-work-api';
import { isoOf } from './date-field';

interface Values {
  move: 'approve' | 'return';
  decidedOn?: Dayjs;
  documentNo?: string;
  reason?: string;
}

/** Approve a proposed sanction (its decision date and document) or return it with a reason: the workflow's decide moves. */
export function SanctionDecision({ url, sanction, onClose, onDone }: { url: string; sanction: Pick<TSanction, 'id' | 'kind'> | null; onClose: () => void; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const move = Form.useWatch('move', form);
  const { busy, error, run } = useSubmit();
  const submit = (v: Values) =>
    run(async () => {
      const body: TSanctionDecision = { move: v.move, decidedOn: isoOf(v.decidedOn), documentNo: v.documentNo?.trim() || null, reason: v.reason?.trim() || null };
      await api('POST', `${url}/${sanction!.id}/decision`, body);
      onDone();
    });
  return (
    <Modal
      open={sanction !== null}
      title={`${t('cw.sanctions.decide')}${sanction ? ` · ${sanction.kind}` : ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="decision-error" />}
      <Form form={form} name="sanctionDecision" layout="vertical" preserve={false} initialValues={{ move: 'approve' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="move">
          <Radio.Group
            options={[
              { value: 'approve', label: t('cw.sanctions.approve') },
              { value: 'return', label: t('cw.sanctions.return') },
            ]}
          />
        </Form.Item>
        {move !== 'return' ? (
          <>
            <Form.Item name="decidedOn" label={t('cw.sanctions.decidedOn')} rules={[{ required: true, message: t('cw.sanctions.required', { field: t('cw.sanctions.decidedOn') }) }]}>
              <DatePicker data-testid="decision-date" />
            </Form.Item>
            <Form.Item name="documentNo" label={t('cw.sanctions.documentNo')} rules={[{ required: true, message: t('cw.sanctions.required', { field: t('cw.sanctions.documentNo') }) }]}>
              <Input maxLength={60} data-testid="decision-document" />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('cw.sanctions.returnReason')}
            rules={[{ required: true, whitespace: true, message: t('cw.sanctions.required', { field: t('cw.sanctions.returnReason') }) }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
