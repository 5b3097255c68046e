import { Alert, Button, Card, Form, Input, Result } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { errorText } from '../../components/error-alert';
import { useSubmit } from '../../api/use-submit';

/** First run: create the installation's administrator with the one-time token from the console. */
export default function SetupPage() {
  const { t, lang } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const needed = useEndpoint('GET /api/setup', {});
  const { busy, error, run } = useSubmit();
  if (needed.data && !needed.data.needed) {
    return <Result status="success" title="系统已完成初始设置" extra={<Link to="/login">{t('login.submit')}</Link>} />;
  }
  const submit = async (values: { token: string; username: string; displayName: string; password: string }) => {
    await run(async () => {
      await api('POST', '/api/setup', values);
      await signIn(values.username, values.password);
      void navigate('/');
    });
  };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 440 }} title={t('setup.title')}>
        {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit}>
          <Form.Item name="token" label={t('setup.token')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{2,40}$/ }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item name="displayName" label={t('setup.displayName')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} extra={t('password.policy')} rules={[{ required: true }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('setup.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
