import { Alert, Button, Form, Input, theme } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { errorText } from '../../components/error-alert';
import { useSubmit } from '../../api/use-submit';

/**
 * The first page most people load, so it uses few antd components: a plain box instead of Card
 * (Card brings Tabs, Menu and Dropdown) and headings instead of Typography (Tooltip, TextArea).
 */
export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { token } = theme.useToken();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { busy, error, run } = useSubmit();
  const setup = useEndpoint('GET /api/setup', {});
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
      <div style={{ width: 380, background: token.colorBgContainer, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowTertiary, border: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '12px 24px', borderBottom: `1px solid ${token.colorBorderSecondary}`, fontWeight: 600, fontSize: token.fontSizeLG }}>
          <span>
            {t('app.name')} · {t('app.title')}
          </span>
          <Button type="link" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('menu.language')}
          </Button>
        </div>
        <div style={{ padding: 24 }}>
          <h4 style={{ marginTop: 0, marginBottom: 16, fontSize: token.fontSizeHeading4, fontWeight: 600, color: token.colorTextHeading }}>{t('login.title')}</h4>
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
            <p style={{ marginTop: 16, marginBottom: 0 }}>
              {t('login.setupHint')} <Link to="/setup">{t('login.setupLink')}</Link>
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
