import { Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { download } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { HorizontalBars, StackedBar } from '../../components/charts';
import { wan } from '../../components/money';
import { RolloverDraftNotice } from '../rollover/draft-notice';
import { actorName } from '../../components/actor-name';

export default function OverviewPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { base, apiBase, params } = useUnitYear();
  const overview = useEndpoint('GET /api/units/:unitCode/years/:year/overview', params);
  const review = useEndpoint('GET /api/units/:unitCode/years/:year/review', can('review.read') ? params : null);

  if (overview.error) {
    return overview.error.status === 404 ? (
      <Empty description={overview.error.message}>
        {can('goalBook.write') && (
          <Link to="/import">
            <Button type="primary">{t('overview.importNow')}</Button>
          </Link>
        )}
      </Empty>
    ) : (
      <ErrorAlert error={overview.error} onRetry={overview.reload} />
    );
  }
  const o = overview.data;
  if (!o) return <Skeleton active />;
  const counts = review.data?.counts.bySeverity;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('overview.heading', { unit: o.unit.name, year: o.year })}
        </Typography.Title>
        <Space>
          <Button onClick={() => void download(`${apiBase}/export?format=xlsx`)}>{t('common.export')} Excel</Button>
          <Button onClick={() => void download(`${apiBase}/export?format=docx`)}>{t('common.export')} Word</Button>
        </Space>
      </Space>
      <RolloverDraftNotice />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={6}>
          <Card>
            <Statistic title={t('overview.budget')} value={wan(o.budget.total)} suffix={t('unit.wan')} />
            <Typography.Text type="secondary">
              {t('overview.fiscal')} {wan(o.budget.fiscal)} · {t('overview.other')} {wan(o.budget.other)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={6}>
          <Card>
            <Statistic title={t('overview.projects')} value={o.projectCount} suffix={lang === 'en' ? undefined : '个'} />
            <Link to={`${base}/department`}>
              <Typography.Text type="secondary">
                {t('overview.departmentItems', { n: o.departmentGoals.overall + o.departmentGoals.areas + o.departmentGoals.safeguards })}
              </Typography.Text>
            </Link>
          </Card>
        </Col>
        <Col xs={24} md={6}>
          <Card>
            <Statistic title={t('overview.indicators')} value={o.indicatorCount} suffix={lang === 'en' ? undefined : '个'} />
            <Typography.Text type="secondary">
              {t('overview.quantitative')} {o.quantitativeCount} · {t('overview.qualitative')} {o.qualitativeCount}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={6}>
          <Card>
            <Statistic title={t('menu.review')} value={review.data ? review.data.findings.length : '—'} suffix={review.data && lang === 'zh' ? '条' : ''} />
            {counts && (
              <Space size={4}>
                <Tag color="red">
                  {t('review.error')} {counts.error ?? 0}
                </Tag>
                <Tag color="orange">
                  {t('review.warning')} {counts.warning ?? 0}
                </Tag>
                <Tag color="blue">
                  {t('review.suggestion')} {counts.suggestion ?? 0}
                </Tag>
                <Link to={`${base}/review`}>→</Link>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('overview.byProject')}>
            <HorizontalBars title={t('overview.byProject')} bars={o.projects.map((p) => ({ label: p.name, value: p.budget.total }))} format={(v) => wan(v)} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('overview.byCategory')}>
            <StackedBar title={t('overview.byCategory')} segments={Object.entries(o.byLevel1).map(([label, value]) => ({ label, value }))} />
            <div style={{ height: 16 }} />
            <StackedBar title={t('indicator.level2')} segments={Object.entries(o.byLevel2).map(([label, value]) => ({ label, value }))} />
          </Card>
        </Col>
      </Row>
      <Card title={t('overview.projectList')}>
        <Table
          rowKey="code"
          size="middle"
          pagination={false}
          dataSource={o.projects}
          columns={[
            { title: '#', width: 48, render: (_, __, i) => i + 1 },
            { title: t('project.code'), dataIndex: 'code', width: 220, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
            { title: t('project.name'), dataIndex: 'name', render: (name: string, p) => <Link to={`${base}/projects/${p.code}`}>{name}</Link> },
            {
              title: `${t('project.budget')}（${t('unit.wan')}）`,
              dataIndex: ['budget', 'total'],
              align: 'right',
              width: 140,
              render: (v: number) => wan(v),
              sorter: (a, b) => a.budget.total - b.budget.total,
            },
            { title: t('overview.indicators'), dataIndex: 'indicatorCount', align: 'right', width: 90 },
            { title: t('overview.quantitative'), dataIndex: 'quantitativeCount', align: 'right', width: 90 },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                {t('common.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {wan(o.budget.total)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {o.indicatorCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {o.quantitativeCount}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        {o.revision && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('overview.lastRevision')}：<Link to={`${base}/revisions`}>{t('revisions.number', { n: o.revision.number })}</Link> · {actorName(o.revision.actorName, t)} ·{' '}
            {new Date(o.revision.at).toLocaleString('zh-CN')}
          </Typography.Paragraph>
        )}
      </Card>
    </Space>
  );
}
