import { App, Button, Popconfirm, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, ApiError, download } from '../api/client';
import type { TEvidenceFile } from '../../../src/contract/api/registers-api';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_LABEL } from '../../../src/core/evidence';
import { errorText } from './error-alert';
import { useI18n } from '../i18n/i18n';

/** A report's evidence files grouped by the line (indicator) they are attached to. */
export function filesByLine(files: readonly TEvidenceFile[] | undefined): Map<number, TEvidenceFile[]> {
  const out = new Map<number, TEvidenceFile[]>();
  for (const f of files ?? []) if (f.indicatorId !== null) out.set(f.indicatorId, [...(out.get(f.indicatorId) ?? []), f]);
  return out;
}

/**
 * 佐证材料 of one report line (monitoring or self-evaluation): how many files, each downloadable; for
 * whoever may fill the line while the report may be edited, an upload button and a remove per file.
 * `reportUrl` is the report's API path (…/monitoring/6 or …/evaluation).
 */
export function LineEvidence({
  reportUrl,
  indicatorId,
  name,
  files,
  canAttach,
  onChanged,
}: {
  reportUrl: string;
  indicatorId: number;
  name: string;
  files: readonly TEvidenceFile[];
  canAttach: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) => void message.error(e instanceof ApiError ? errorText(e, lang) : String(e));
  const attach = async (file: File) => {
    setBusy(true);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      await api('POST', `${reportUrl}/lines/${indicatorId}/evidence`, body);
      void message.success(t('lineEvidence.uploaded', { name: file.name }));
      onChanged();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (f: TEvidenceFile) => {
    try {
      await api('DELETE', `${reportUrl}/evidence/${f.id}`);
      void message.success(t('lineEvidence.removed', { name: f.fileName }));
      onChanged();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Space orientation="vertical" size={2} data-testid={`line-evidence-${indicatorId}`}>
      {files.map((f) => (
        <Space key={f.id} size={2}>
          <Typography.Link style={{ fontSize: 12 }} title={`SHA-256 ${f.sha256}（${f.uploadedByName}）`} onClick={() => void download(`${reportUrl}/evidence/${f.id}`).catch(fail)}>
            <PaperClipOutlined /> {f.fileName}
          </Typography.Link>
          {canAttach && (
            <Popconfirm
              className="no-print"
              title={t('lineEvidence.removeConfirm', { name: f.fileName })}
              onConfirm={() => void remove(f)}
              okText={t('lineEvidence.remove')}
              cancelText={t('common.cancel')}
            >
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('lineEvidence.remove')} ${f.fileName}`} />
            </Popconfirm>
          )}
        </Space>
      ))}
      <Space size={4}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`line-evidence-count-${indicatorId}`}>
          {t('lineEvidence.count', { n: files.length })}
        </Typography.Text>
        {canAttach && (
          <span className="no-print">
            <Upload
              showUploadList={false}
              multiple={false}
              beforeUpload={(file) => {
                if (file.size > EVIDENCE_MAX_BYTES) void message.error(t('indicators.evidenceTooLarge', { name: file.name, max: EVIDENCE_MAX_LABEL }));
                else void attach(file);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button size="small" icon={<UploadOutlined />} loading={busy} aria-label={t('lineEvidence.attachFor', { name })} title={t('lineEvidence.attachFor', { name })}>
                {t('lineEvidence.attach')}
              </Button>
            </Upload>
          </span>
        )}
      </Space>
    </Space>
  );
}
