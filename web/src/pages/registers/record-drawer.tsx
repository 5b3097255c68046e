import { Alert, App, Button, Descriptions, Drawer, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useUnitYear } from '../../app/unit-year';
import { useEndpoint } from '../../api/use-endpoint';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import type { TRecordView, TSheetInfo } from '../../../../src/contract/api/registers-api';
import { DeadlineTags, FieldText } from './register-fields';
import { VoidModal } from './void-modal';
import { SanctionsSection } from '../correction-work/sanctions-section';
import { LifecycleSection } from '../correction/lifecycle-section';
import { fieldLabel, sheetName } from './sheet-text';

/**
 * One record in full: every field, its legal deadlines, and — for roles that may — the personal data
 * unmasked on request (the server writes that look to the audit log); for writers, edit and 作废
 * (with a reason); a voided record says so, when, by whom and why, and offers neither.
 */
export function RecordDrawer({
  sheet,
  recordsUrl,
  recordId,
  asOf,
  unmaskedList,
  onClose,
  onEdit,
  onVoided,
}: {
  sheet: TSheetInfo;
  recordsUrl: string;
  recordId: number | null;
  asOf: string;
  /** the list shows personal data in full: so does the detail */
  unmaskedList: boolean;
  onClose: () => void;
  onEdit: (record: TRecordView, unmasked: boolean) => void;
  /** the record was voided: the list and this detail are fetched again */
  onVoided: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [voiding, setVoiding] = useState(false);
  const { can } = useSession();
  const [unmaskedIds, setUnmaskedIds] = useState<number[]>([]);
  const unmasked = recordId !== null && (unmaskedList || unmaskedIds.includes(recordId));
  const { unitCode } = useUnitYear();
  const detail = useEndpoint('GET /api/units/:unitCode/registers/:kind/:sheet/records/:recordId', recordId === null ? null : { unitCode, kind: sheet.kind, sheet: sheet.id, recordId }, { asOf, unmasked: unmasked || undefined });
  const record = detail.data?.id === recordId ? detail.data : undefined;
  const hasPersonal = sheet.fields.some((f) => f.personal);
  // the record's title field, and whom it is about when that is another field (缓刑（熊*）)
  const person = sheet.fields.find((f) => f.personal);
  const about = record && person && person.key !== sheet.titleKey ? record.values[person.key] : null;
  const title = record ? `${String(record.values[sheet.titleKey] ?? `#${record.id}`)}${about ? `（${String(about)}）` : ''}` : '';

  return (
    <Drawer
      open={recordId !== null}
      onClose={onClose}
      size={620}
      title={title ? `${sheetName(sheet, lang)} · ${title}` : sheetName(sheet, lang)}
      extra={
        record &&
        sheet.writable &&
        !record.voided && (
          <Space>
            <Button danger icon={<DeleteOutlined />} onClick={() => setVoiding(true)} data-testid="record-void">
              {t('registers.void.action')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => onEdit(record, unmasked)}>
              {t('common.edit')}
            </Button>
          </Space>
        )
      }
    >
      {detail.error && <ErrorAlert error={detail.error} onRetry={detail.reload} />}
      {!record && !detail.error && <Skeleton active />}
      {record && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {record.voided && (
            <Alert
              type="error"
              showIcon
              data-testid="record-voided"
              title={
                <Space size={6} wrap>
                  <Tag color="red">{t('registers.voidedTag')}</Tag>
                  {t('registers.voidedNotice', { at: new Date(record.voided.at).toLocaleString('zh-CN'), by: record.voided.by ?? t('registers.voidedByUnknown'), reason: record.voided.reason })}
                </Space>
              }
            />
          )}
          {record.sealed && <Alert type="warning" showIcon title={t('registers.sealed')} />}
          {hasPersonal && can('personalData.unmask') && !unmasked && (
            <Tooltip title={t('registers.unmaskAudited')}>
              <Button icon={<EyeOutlined />} onClick={() => setUnmaskedIds((ids) => [...ids, record.id])} data-testid="detail-unmask">
                {t('registers.unmaskOne')}
              </Button>
            </Tooltip>
          )}
          {unmasked && hasPersonal && <Alert type="info" showIcon title={t('registers.unmaskedNotice')} />}
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 160 } }}
            items={[
              ...sheet.fields.map((f) => ({ key: f.key, label: fieldLabel(f, lang), children: <FieldText field={f} value={record.values[f.key]} /> })),
              ...(sheet.derived.length > 0 ? [{ key: 'deadlines', label: t('registers.deadlines'), children: <DeadlineTags sheet={sheet} record={record} asOf={asOf} /> }] : []),
              { key: 'updatedAt', label: t('registers.updatedAt'), children: new Date(record.updatedAt).toLocaleString('zh-CN') },
            ]}
          />
          {sheet.kind === 'correction' && sheet.id === 'people' && !record.voided && <LifecycleSection personId={record.id} />}
          {sheet.kind === 'correction' && sheet.id === 'people' && !record.voided && <SanctionsSection personId={record.id} />}
          <Typography.Text type="secondary">
            {t('registers.recordId')} {record.id} · {t('registers.createdAt')} {new Date(record.createdAt).toLocaleString('zh-CN')}
          </Typography.Text>
        </Space>
      )}
      <VoidModal
        sheet={sheet}
        recordsUrl={recordsUrl}
        record={voiding && record ? record : null}
        title={title}
        onClose={() => setVoiding(false)}
        onVoided={() => {
          setVoiding(false);
          message.success(t('registers.void.done'));
          onVoided();
        }}
      />
    </Drawer>
  );
}
