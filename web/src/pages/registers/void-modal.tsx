import { Alert, Form, Input, Modal } from 'antd';
import { api } from '../../api/client';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { REGISTER_VOID_REASON_MAX, type TRecordView, type TSheetInfo } from '../../../../src/contract/api/registers-api';
import { useSubmit } from '../../api/use-submit';
import { sheetName } from './sheet-text';

/**
 * 作废 a record, with the reason the server requires: the record stays (listed with 显示已作废) but
 * counts in no indicator and can no longer be changed — said before the user confirms.
 */
export function VoidModal({ sheet, recordsUrl, record, title, onClose, onVoided }: { sheet: TSheetInfo; recordsUrl: string; record: TRecordView | null; title: string; onClose: () => void; onVoided: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, error, run } = useSubmit();

  const submit = async ({ reason }: { reason: string }) => {
    if (!record) return;
    await run(async () => {
      await api<TRecordView>('POST', `${recordsUrl}/${record.id}/void`, { reason: reason.trim() });
      onVoided();
    });
  };

  return (
    <Modal
      open={record !== null}
      title={`${t('registers.void.title', { sheet: sheetName(sheet, lang) })}${title ? ` · ${title}` : ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('registers.void.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('registers.void.notice')} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="void-error" />}
      <Form form={form} name="registerVoid" layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('registers.void.reason')}
          rules={[
            { required: true, whitespace: true, message: t('registers.void.reasonRequired') },
            { max: REGISTER_VOID_REASON_MAX, message: t('registers.void.reasonTooLong', { max: REGISTER_VOID_REASON_MAX }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('registers.void.reasonPlaceholder')} autoFocus data-testid="void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
