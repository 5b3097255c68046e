import { Button, Dropdown, Layout, Menu, Select, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { useEndpoint } from '../api/use-endpoint';
import { NAV, navHref } from './nav';
import { canReadRegisterKind } from '../../../src/core/access/scope';
import { ROLE_LABEL, ROLE_LABEL_EN } from '../../../src/core/access/permissions';
import type { TUnitListItem } from '../../../src/contract/api/units-api';

/** a unit of the picker, as the API's contract says (src/contract/api/units-api.ts) */
export type UnitListItem = TUnitListItem;

/** The frame around every signed-in page: menu on the left, unit/year and the user on top. */
export function Shell() {
  const { t, lang, setLang } = useI18n();
  const { user, signOut, can } = useSession();
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const units = useEndpoint('GET /api/units', {});
  // pages outside a unit (import, users, audit) keep showing the unit and year last worked on
  const remembered = /^\/u\/([^/]+)\/(\d+)$/.exec(lastBase() ?? '');
  const unitCode = params.unitCode ?? remembered?.[1];
  const year = params.year ? Number(params.year) : remembered ? Number(remembered[2]) : undefined;
  const base = unitCode && year ? `/u/${unitCode}/${year}` : null;
  if (params.unitCode && params.year) localStorage.setItem('jixiao.base', `/u/${params.unitCode}/${params.year}`);

  const items = useMemo(() => {
    const visible = NAV.filter((n) => can(n.permission) && (!n.registerKind || (user !== null && canReadRegisterKind(user, n.registerKind))));
    const toItem = (n: (typeof NAV)[number]) => {
      const href = navHref(n, base);
      return { key: n.key, label: href ? <Link to={href}>{t(n.label)}</Link> : t(n.label), disabled: !href };
    };
    const admin = visible.filter((n) => n.group === 'admin');
    return [
      ...visible.filter((n) => n.group !== 'admin').map(toItem),
      ...(admin.length > 0 ? [{ type: 'group' as const, key: 'admin', label: t('menu.admin'), children: admin.map(toItem) }] : []),
    ];
  }, [can, user, base, t]);

  const selected = NAV.find((n) => {
    const href = navHref(n, base);
    return href && (location.pathname === href || location.pathname.startsWith(href + '/'));
  })?.key;

  const unit = units.data?.find((u) => u.code === unitCode);
  const switchTo = (code: string, y?: number) => {
    const target = units.data?.find((u) => u.code === code);
    const nextYear = y ?? target?.years[0];
    if (!nextYear) return;
    const rest = location.pathname.replace(/^\/u\/[^/]+\/\d+\/?/, '').split('/')[0] || 'home';
    void navigate(`/u/${code}/${nextYear}/${rest === 'projects' ? 'overview' : rest}`);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider className="no-print" width={208} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: '1px solid #f0f0f0' }}>
        <Link to="/" style={{ display: 'block', padding: '16px 20px', fontSize: 18, fontWeight: 600, color: '#1677ff' }}>
          {t('app.name')} <span style={{ fontSize: 12, color: '#888', fontWeight: 400 }}>{t('app.title')}</span>
        </Link>
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} style={{ borderInlineEnd: 'none' }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 20px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
          <Space>
            {units.data && units.data.length > 0 && (
              <>
                <Select
                  aria-label={t('common.unit')}
                  value={unit?.code ?? unitCode}
                  style={{ minWidth: 220 }}
                  options={units.data.map((u) => ({ value: u.code, label: `${u.name}（${u.code}）`, disabled: u.years.length === 0 }))}
                  onChange={(code) => switchTo(code)}
                />
                <Select
                  aria-label={t('common.year')}
                  value={year}
                  style={{ width: 100 }}
                  options={(unit?.years ?? []).map((y) => ({ value: y, label: t('common.yearOption', { year: y }) }))}
                  onChange={(y) => unitCode && switchTo(unitCode, y)}
                />
              </>
            )}
          </Space>
          <Space>
            <Button type="text" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
              {t('menu.language')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'password', label: <Link to="/account/password">{t('menu.password')}</Link> },
                  { key: 'logout', label: t('menu.logout'), onClick: () => void signOut().then(() => navigate('/login')) },
                ],
              }}
            >
              <Button type="text" data-testid="user-menu">
                {user?.displayName} <Tag style={{ marginInlineStart: 6 }}>{user ? (lang === 'en' ? ROLE_LABEL_EN : ROLE_LABEL)[user.role] : ''}</Tag>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 20 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#999', padding: 12 }}>
          <Typography.Text type="secondary">jixiao · {t('app.title')}</Typography.Text>
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}

function lastBase(): string | null {
  return localStorage.getItem('jixiao.base');
}
