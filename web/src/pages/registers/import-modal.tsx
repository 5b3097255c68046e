import { Alert, App, Button, Modal, Space, Spin, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { api, ApiError, download } from '../../api/client';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { TImportPreview, TImportProblem, TSheetInfo } from '../../../../src/contract/api/registers-api';
import { FieldText, type FieldValue } from './register-fields';
import { fieldLabel, sheetName } from './sheet-text';

/**
 * Bulk entry: download the template, upload a filled .xlsx/.csv, see every row checked (problems
 * named by row and column), then confirm. Nothing is stored before confirming, and an import is all
 * or nothing.
 */
export function ImportModal({ open, sheet, registerUrl, onClose, onImported }: { open: boolean; sheet: TSheetInfo; registerUrl: string; onClose: () => void; onImported: (count: number) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<TImportPreview>();
  const [problems, setProblems] = useState<TImportProblem[]>([]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<'reading' | 'saving' | null>(null);

  useEffect(() => {
    if (open) return;
    setFile(undefined);
    setPreview(undefined);
    setProblems([]);
    setError(undefined);
  }, [open]);

  const upload = (chosen: File) => {
    const form = new FormData();
    form.append('file', chosen);
    return form;
  };

  const read = async (chosen: File) => {
    setFile(chosen);
    setPreview(undefined);
    setProblems([]);
    setError(undefined);
    setBusy('reading');
    try {
      const result = await api<TImportPreview>('POST', `${registerUrl}/import/preview`, upload(chosen));
      setPreview(result);
      setProblems(result.problems);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy('saving');
    setError(undefined);
    try {
      const result = await api<{ imported: number }>('POST', `${registerUrl}/import`, upload(file));
      message.success(t('registers.imported', { n: result.imported, sheet: sheetName(sheet, lang) }));
      onImported(result.imported);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
      setProblems((e.details as { problems?: TImportProblem[] } | undefined)?.problems ?? []);
    } finally {
      setBusy(null);
    }
  };

  const templateFailed = (e: unknown) => {
    if (e instanceof ApiError) message.error(errorText(e, lang));
  };

  const step = preview && problems.length === 0 ? 2 : file ? 1 : 0;
  const ok = preview !== undefined && problems.length === 0;
  const sampleColumns = sheet.fields.map((f) => ({ key: f.key, title: fieldLabel(f, lang), dataIndex: f.key, render: (v: FieldValue) => <FieldText field={f} value={v} />, onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) }));

  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={960}
      destroyOnHidden
      title={t('registers.importTitle', { sheet: sheetName(sheet, lang) })}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!ok} loading={busy === 'saving'} onClick={() => void confirm()} data-testid="import-confirm">
            {ok ? t('registers.importConfirmN', { n: preview.rows }) : t('registers.importConfirm')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Steps
          size="small"
          current={step}
          status={problems.length > 0 || error ? 'error' : undefined}
          items={[{ title: t('registers.importStepTemplate') }, { title: t('registers.importStepCheck') }, { title: t('registers.importStepConfirm') }]}
        />
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`${registerUrl}/template?format=xlsx`).catch(templateFailed)}>
            {t('registers.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`${registerUrl}/template?format=csv`).catch(templateFailed)}>
            {t('registers.templateCsv')}
          </Button>
          <Typography.Text type="secondary">{t('registers.templateHint')}</Typography.Text>
        </Space>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy !== null}
          beforeUpload={(chosen) => {
            void read(chosen);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{file ? file.name : t('registers.importDrop')}</p>
          <p className="ant-upload-hint">{t('registers.importFormats')}</p>
        </Upload.Dragger>
        {busy === 'reading' && (
          <Spin>
            <div style={{ height: 40 }} />
          </Spin>
        )}
        {error && problems.length === 0 && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="import-error" />}
        {problems.length > 0 && (
          <>
            <Alert type="error" showIcon title={t('registers.importProblems', { n: problems.length })} data-testid="import-problems" />
            <Table
              size="small"
              rowKey={(p) => `${p.row}-${p.column ?? ''}-${p.message}`}
              dataSource={problems}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t('registers.importRow'), dataIndex: 'row', width: 70 },
                { title: t('registers.importColumn'), dataIndex: 'column', width: 140, render: (c: string | null) => c ?? '—' },
                { title: t('registers.importProblem'), key: 'message', render: (_: unknown, p: TImportProblem) => (lang === 'en' ? p.messageEn : p.message) },
              ]}
            />
          </>
        )}
        {ok && (
          <>
            <Alert type="success" showIcon title={t('registers.importReady', { n: preview.rows })} data-testid="import-ready" />
            <Typography.Text type="secondary">{t('registers.importSample', { n: preview.sample.length })}</Typography.Text>
            <Table size="small" rowKey={(_, i) => String(i)} dataSource={preview.sample} columns={sampleColumns} pagination={false} scroll={{ x: 'max-content', y: 260 }} />
          </>
        )}
      </Space>
    </Modal>
  );
}
