import { Alert, App, Button, Card, Col, Collapse, Result, Row, Space, Spin, Statistic, Steps, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, download } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useUnitYear } from '../../app/unit-year';
import { errorText } from '../../components/error-alert';
import { wan, yuanGrouped } from '../../components/money';
import { COLUMN_LETTERS } from '../../../../src/core/errors';
import { PAYMENT_COLUMNS } from '../../../../src/core/spending/payment-rows';
import type { TPaymentImportPreview, TPaymentImportResult } from '../../../../src/contract/api/spending-api';

type Problem = TPaymentImportPreview['problems'][number];

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      dataSource={problems}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="import-problems"
      columns={[
        { title: t('payments.import.row'), dataIndex: 'row', width: 70, render: (row: number) => t('payments.import.rowN', { n: row }) },
        { title: t('payments.import.column'), dataIndex: 'column', width: 70, render: (column?: number) => (column ? t('payments.import.columnN', { c: COLUMN_LETTERS(column) }) : '—') },
        { title: t('payments.import.field'), dataIndex: 'field', width: 110 },
        { title: t('payments.import.problem'), dataIndex: 'message' },
      ]}
    />
  );
}

/**
 * 导入支付明细: download the template, upload .xlsx or .csv, see every row, the sums per project and each
 * problem named by row and column, then confirm. The preview stores nothing; the import stores all rows
 * or none.
 */
export default function PaymentImportPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { year, base, apiBase } = useUnitYear();
  const [file, setFile] = useState<File>();
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<TPaymentImportPreview>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<TPaymentImportResult>();

  const formOf = (f: File) => {
    const form = new FormData();
    form.append('file', f);
    return form;
  };

  const read = async (f: File) => {
    setFile(f);
    setReading(true);
    setError(undefined);
    setPreview(undefined);
    setDone(undefined);
    try {
      setPreview(await api<TPaymentImportPreview>('POST', `${apiBase}/payments/import/preview`, formOf(f)));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    } finally {
      setReading(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setSaving(true);
    setError(undefined);
    try {
      setDone(await api<TPaymentImportResult>('POST', `${apiBase}/payments/import`, formOf(file)));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    } finally {
      setSaving(false);
    }
  };

  const downloadTemplate = async () => {
    try {
      await download(`${apiBase}/payments/template`);
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    }
  };

  const restart = () => {
    setFile(undefined);
    setPreview(undefined);
    setDone(undefined);
    setError(undefined);
  };

  if (done) {
    return (
      <Result
        status="success"
        title={t('payments.import.done', { n: done.imported, amount: yuanGrouped(done.total) })}
        subTitle={done.byProject.map((p) => t('payments.import.projectLine', { name: p.name, n: p.count, amount: yuanGrouped(p.amount) })).join(lang === 'en' ? '; ' : '；')}
        extra={[
          <Link key="list" to={`${base}/payments`}>
            <Button type="primary">{t('menu.payments')}</Button>
          </Link>,
          <Link key="spending" to={`${base}/spending`}>
            <Button>{t('menu.spending')}</Button>
          </Link>,
          <Button key="again" onClick={restart}>
            {t('payments.import.another')}
          </Button>,
        ]}
      >
        {done.warnings.length > 0 && <Alert type="warning" showIcon title={t('payments.import.warnings')} description={done.warnings.map((w, i) => <div key={i}>{w}</div>)} />}
      </Result>
    );
  }

  const problems = preview?.problems ?? [];
  const failedProblems = (error?.details as { problems?: Problem[] } | undefined)?.problems ?? [];
  const validCount = preview?.byProject.reduce((n, p) => n + p.count, 0) ?? 0;
  const step = preview ? (preview.problemCount > 0 ? 1 : 2) : file ? 1 : 0;
  const columns = PAYMENT_COLUMNS.map((c) => (c.required ? c.label : `${c.label}（${t('payments.import.optional')}）`)).join('、');

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('payments.import.title')}
        extra={
          <Link to={`${base}/payments`}>
            ← {t('menu.payments')}
          </Link>
        }
      >
        <Steps
          current={step}
          style={{ marginBottom: 20 }}
          items={[
            { title: t('payments.import.step1'), content: t('payments.import.step1Hint') },
            { title: t('payments.import.step2'), content: t('payments.import.step2Hint') },
            { title: t('payments.import.step3'), content: t('payments.import.step3Hint') },
          ]}
        />
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
              {t('payments.import.template')}
            </Button>
            <Typography.Text type="secondary">{t('payments.import.columns', { columns })}</Typography.Text>
          </Space>
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void read(f);
              return false;
            }}
            disabled={reading || saving}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('payments.import.drop')}</p>
            <p className="ant-upload-hint">{t('payments.import.formats', { year })}</p>
          </Upload.Dragger>
          {reading && (
            <Spin tip={t('payments.import.reading')}>
              <div style={{ height: 48 }} />
            </Spin>
          )}
          {error && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="payment-import-error" />}
          {failedProblems.length > 0 && <ProblemsTable problems={failedProblems} />}
        </Space>
      </Card>

      {preview && (
        <Card
          title={t('payments.import.preview', { file: preview.fileName })}
          extra={
            <Space>
              <Button onClick={restart}>{t('payments.import.another')}</Button>
              <Button type="primary" onClick={() => void confirm()} loading={saving} disabled={preview.problemCount > 0 || validCount === 0}>
                {t('payments.import.confirm', { n: validCount })}
              </Button>
            </Space>
          }
        >
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Statistic title={t('payments.import.rowCount')} value={preview.rowCount} suffix={t('payments.import.rowSuffix')} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('payments.import.validCount')} value={validCount} suffix={t('payments.import.paymentSuffix')} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('payments.import.total')} value={yuanGrouped(preview.total)} suffix={t('unit.yuan')} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('payments.import.problemCount')} value={preview.problemCount} suffix={t('payments.import.problemSuffix')} styles={{ content: { color: preview.problemCount > 0 ? '#cf1322' : undefined } }} />
            </Col>
          </Row>
          <div style={{ marginTop: 16 }}>
            {preview.problemCount > 0 ? (
              <Alert type="error" showIcon title={t('payments.import.hasProblems', { n: preview.problemCount })} data-testid="import-has-problems" />
            ) : validCount === 0 ? (
              <Alert type="info" showIcon title={t('payments.import.noRows')} />
            ) : (
              <Alert type="success" showIcon title={t('payments.import.ready', { n: validCount, amount: yuanGrouped(preview.total) })} />
            )}
            {preview.warnings.length > 0 && (
              <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('payments.import.warnings')} description={preview.warnings.map((w, i) => <div key={i}>{w}</div>)} />
            )}
          </div>
          {problems.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('payments.import.problems')}
                {preview.problemCount > problems.length && <Typography.Text type="secondary">（{t('payments.import.firstProblems', { n: problems.length })}）</Typography.Text>}
              </Typography.Title>
              <ProblemsTable problems={problems} />
            </>
          )}
          <Collapse
            style={{ marginTop: 16 }}
            defaultActiveKey={problems.length === 0 ? ['byProject'] : []}
            items={[
              {
                key: 'byProject',
                label: t('payments.import.byProject', { n: preview.byProject.length }),
                children: (
                  <Table
                    size="small"
                    rowKey="code"
                    pagination={false}
                    dataSource={preview.byProject}
                    data-testid="import-by-project"
                    columns={[
                      { title: t('project.name'), dataIndex: 'name', render: (name: string, p) => <span title={p.code}>{name}</span> },
                      { title: t('project.code'), dataIndex: 'code', width: 220, render: (code: string) => <Typography.Text type="secondary">{code}</Typography.Text> },
                      { title: t('payments.import.count'), dataIndex: 'count', align: 'right', width: 80 },
                      { title: t('payments.amountYuan'), dataIndex: 'amount', align: 'right', width: 150, render: (amount: number) => yuanGrouped(amount) },
                      { title: t('unit.wan'), dataIndex: 'amount', key: 'wan', align: 'right', width: 100, render: (amount: number) => wan(amount) },
                    ]}
                    summary={() => (
                      <Table.Summary.Row>
                        <Table.Summary.Cell index={0} colSpan={2}>
                          {t('common.total')}
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={2} align="right">
                          {validCount}
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={3} align="right">
                          {yuanGrouped(preview.total)}
                        </Table.Summary.Cell>
                        <Table.Summary.Cell index={4} align="right">
                          {wan(preview.total)}
                        </Table.Summary.Cell>
                      </Table.Summary.Row>
                    )}
                  />
                ),
              },
              {
                key: 'rows',
                label: t('payments.import.rows', { n: preview.rows.length }),
                children: (
                  <Table
                    size="small"
                    rowKey="row"
                    dataSource={preview.rows}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    scroll={{ x: 900 }}
                    columns={[
                      { title: t('payments.import.row'), dataIndex: 'row', width: 60 },
                      { title: t('project.code'), dataIndex: 'projectCode', width: 200 },
                      { title: t('payments.paidOn'), dataIndex: 'paidOn', width: 110 },
                      { title: t('payments.amountYuan'), dataIndex: 'amount', align: 'right', width: 130, render: (amount: number) => yuanGrouped(amount) },
                      { title: t('payments.voucherNo'), dataIndex: 'voucherNo', width: 130 },
                      { title: t('payments.payee'), dataIndex: 'payee', ellipsis: true },
                      { title: t('payments.summary'), dataIndex: 'summary', ellipsis: true },
                      { title: t('payments.fundSource'), dataIndex: 'fundSource', width: 90, render: (f: 'fiscal' | 'other') => <Tag>{t(`payments.fund.${f}`)}</Tag> },
                    ]}
                  />
                ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('payments.import.allOrNothing')}
          </Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}
