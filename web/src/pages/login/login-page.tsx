import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { errorText } from '../../components/error-alert';
import { useSubmit } from '../../api/use-submit';

export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { busy, error, run } = useSubmit();
  const setup = useApi<{ needed: boolean }>('/api/setup');
  const next = params.get('next') ?? '/';
  if (user) return <Navigate to={next} replace />;

  const submit = async (values: { username: string; password: string }) => {
    await run(async () => {
      await signIn(values.username, values.password);
      void navigate(next, { replace: true });
    });
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg,#e6f4ff,#f5f5f5)' }}>
      <Card style={{ width: 380 }} title={<span>{t('app.name')} · {t('app.title')}</span>} extra={<Button type="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>{t('menu.language')}</Button>}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.username') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        {setup.data?.needed && (
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
            {t('login.setupHint')} <Link to="/setup">{t('login.setupLink')}</Link>
          </Typography.Paragraph>
        )}
      </Card>
    </div>
  );
}
