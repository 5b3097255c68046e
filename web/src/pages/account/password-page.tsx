import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { errorText } from '../../components/error-alert';
import { checkPasswordPolicy } from '../../../../src/core/access/password-policy';
import { useSubmit } from '../../api/use-submit';

export default function PasswordPage() {
  const { t, lang } = useI18n();
  const { user, refresh } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { busy, error, run } = useSubmit();
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    await run(async () => {
      await api('POST', '/api/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success(t('common.saved'));
      await refresh();
      void navigate('/');
    });
  };
  return (
    <Card title={t('password.title')} style={{ maxWidth: 480 }}>
      {user?.mustChangePassword && <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.policy')}
          rules={[{ required: true }, { validator: async (_, v: string) => { const p = v ? checkPasswordPolicy(v, { username: user?.username }) : null; if (p) throw new Error(p[lang]); } }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[{ required: true }, ({ getFieldValue }) => ({ validator: async (_, v) => { if (v && v !== getFieldValue('newPassword')) throw new Error(t('password.mismatch')); } })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
