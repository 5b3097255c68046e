import { Alert, Card, Col, DatePicker, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { TAftercare } from '../../../../src/contract/api/correction-work-api';
import { ClockTag } from './clock-tag';

type Person = TAftercare['people'][number];
type Rate = TAftercare['rates']['resettlement'];
const STEPS = ['familyNotified', 'fileOpened', 'visited'] as const;
const STATUS_COLOR: Record<Person['status'], string> = { awaitingRelease: 'blue', awaitingReturn: 'orange', inAftercare: 'green', ended: 'default' };

/** One rate as a figure with its formula written out: numerator and denominator in words and numbers, and the metric a goal indicator binds to. */
function RateCard({ rate }: { rate: Rate }) {
  const { t } = useI18n();
  return (
    <Card size="small" data-testid={`rate-${rate.metricKey}`}>
      <Statistic title={rate.name} value={rate.rate ?? '—'} suffix={rate.rate === null ? undefined : '%'} />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 4 }}>
        {rate.name} = {rate.numerator} ÷ {rate.denominator}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 2 }}>
        {t('cw.aftercare.numerator')}：{rate.numeratorText}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 2 }}>
        {t('cw.aftercare.denominator')}：{rate.denominatorText}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('cw.aftercare.metric', { key: rate.metricKey })}</Typography.Text>
    </Card>
  );
}

/**
 * 安置帮教衔接 (issue 15, item 8): from the prison's release notice to resettled and assisted, each 衔接
 * step with its day clock and the 帮教期 by the unit's settings, and the rates with their formulas
 * stated. Entering happens in the resettlement register (刑满释放人员), which this page links to.
 */
export default function AftercarePage() {
  const { t } = useI18n();
  const { unitCode, year, base } = useUnitYear();
  const today = dayjs().format('YYYY-MM-DD');
  const [asOf, setAsOf] = useState(today < `${year}-12-31` ? today : `${year}-12-31`);
  const data = useEndpoint('GET /api/units/:unitCode/registers/:kind/aftercare', { unitCode, kind: 'resettlement' }, { year, asOf });
  const d = data.data;

  const columns = [
    {
      key: 'name',
      title: t('cw.aftercare.name'),
      render: (_: unknown, p: Person) => (
        <Space size={4}>
          {p.name}
          {p.keyPerson && <Tag color="red">{t('cw.aftercare.keyPerson')}</Tag>}
        </Space>
      ),
    },
    { key: 'office', title: t('cw.joint.office'), render: (_: unknown, p: Person) => p.office ?? '—' },
    { key: 'source', title: t('cw.aftercare.source'), dataIndex: 'source' },
    { key: 'releasedOn', title: t('cw.aftercare.releasedOn'), dataIndex: 'releasedOn' },
    {
      key: 'notice',
      title: t('cw.aftercare.notice'),
      render: (_: unknown, p: Person) =>
        p.noticeReceivedOn ? (
          <Space size={4}>
            {p.noticeReceivedOn}
            {p.noticeLeadDays !== null && <Typography.Text type="secondary">{t('cw.aftercare.noticeLead', { days: p.noticeLeadDays })}</Typography.Text>}
            {p.noticeLate && <Tag color="orange">{t('cw.aftercare.noticeLate')}</Tag>}
          </Space>
        ) : (
          '—'
        ),
    },
    ...STEPS.map((step) => ({
      key: step,
      title: t(`cw.aftercare.step.${step}` as MessageKey),
      render: (_: unknown, p: Person) => {
        const s = p.steps[step];
        return s ? (
          <Space orientation="vertical" size={0}>
            <ClockTag clock={s.status} prefix="cw.deadline" />
            <Typography.Text type="secondary">{s.due}</Typography.Text>
          </Space>
        ) : (
          '—'
        );
      },
    })),
    { key: 'status', title: t('cw.aftercare.status'), render: (_: unknown, p: Person) => <Tag color={STATUS_COLOR[p.status]}>{t(`cw.aftercare.status.${p.status}` as MessageKey)}</Tag> },
    { key: 'endsOn', title: t('cw.aftercare.endsOn'), dataIndex: 'endsOn' },
    {
      key: 'done',
      title: '',
      render: (_: unknown, p: Person) => (
        <Space size={4}>
          {p.resettled && <Tag color="green">{t('cw.aftercare.resettled')}</Tag>}
          {p.assisted && <Tag color="cyan">{t('cw.aftercare.assisted')}</Tag>}
        </Space>
      ),
    },
    { key: 'helpGroup', title: t('cw.aftercare.helpGroup'), render: (_: unknown, p: Person) => p.helpGroup ?? '—' },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('menu.aftercare')}
        </Typography.Title>
        <span>{t('cw.asOf')}</span>
        <DatePicker allowClear={false} value={dayjs(asOf)} onChange={(v) => v && setAsOf(v.format('YYYY-MM-DD'))} />
        <Link to={`${base}/registers/resettlement/people`}>{t('cw.aftercare.edit')}</Link>
      </Space>
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {d && (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <RateCard rate={d.rates.resettlement} />
            </Col>
            <Col xs={24} md={12}>
              <RateCard rate={d.rates.assistance} />
            </Col>
          </Row>
          <Alert
            type={d.counts.stepsOverdue > 0 ? 'warning' : 'info'}
            showIcon
            title={t('cw.aftercare.counts', { awaiting: d.counts.awaitingRelease, overdue: d.counts.stepsOverdue, late: d.counts.noticesLate })}
            description={t('cw.aftercare.settings', {
              lead: d.settings.noticeLeadDays,
              family: d.settings.familyNoticeDays,
              file: d.settings.fileDays,
              visit: d.settings.visitDays,
              prison: d.settings.prisonYears,
              correction: d.settings.correctionYears,
            })}
          />
        </>
      )}
      <Card title={t('cw.aftercare.people')}>
        <Table<Person> rowKey="id" size="small" loading={data.loading} dataSource={d?.people ?? []} columns={columns} scroll={{ x: true }} pagination={{ pageSize: 20 }} />
      </Card>
    </Space>
  );
}
