import { Badge, Button, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';

const URGENT = new Set(['reportReturned', 'deadlinesOverdue', 'measuresOverdue', 'redLights']);

/** 我的待办: the landing page — what needs the signed-in user now, each item a link to where it is done. */
export default function HomePage() {
  const { t } = useI18n();
  const { base, params } = useUnitYear();
  const home = useEndpoint('GET /api/units/:unitCode/years/:year/home', params);
  if (home.error) return <ErrorAlert error={home.error} onRetry={home.reload} />;
  if (!home.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const h = home.data;
  return (
    <Card
      title={
        <Space>
          {t('home.title')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {h.unit.name} · {t('home.asOf', { date: h.asOf })}
          </Typography.Text>
        </Space>
      }
      extra={<Link to={`${base}/overview`}>{t('home.overview')}</Link>}
    >
      {h.items.length === 0 ? (
        <Empty description={t('home.nothing')} />
      ) : (
        <List
          dataSource={h.items}
          renderItem={(item) => (
            <List.Item data-testid={`home-${item.kind}`} actions={[<Link key="go" to={item.link}><Button type={URGENT.has(item.kind) ? 'primary' : 'default'}>{t('home.go')}</Button></Link>]}>
              <List.Item.Meta
                avatar={<Badge count={item.count} overflowCount={999} color={URGENT.has(item.kind) ? 'red' : 'blue'} />}
                title={
                  <Space>
                    <Tag color={URGENT.has(item.kind) ? 'red' : 'blue'}>{t(`home.kind.${item.kind}`)}</Tag>
                    <Link to={item.link}>{item.title}</Link>
                  </Space>
                }
                description={item.detail}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
