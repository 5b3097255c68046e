import { Tag, Tooltip, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { DEADLINE_STATUS_LABEL, DUE_SOON_DAYS } from '../../../../src/core/deadlines';
import type { TFieldInfo, TRecordView, TSheetInfo } from '../../../../src/contract/api/registers-api';
import { useI18n, type Lang } from '../../i18n/i18n';
import { derivedLabel } from './sheet-text';

/**
 * How register fields and legal deadlines are shown, driven by the sheet metadata of GET
 * /api/registers, so one list, detail and form serve every register.
 */

export type FieldValue = string | number | boolean | null;

/** Today's date in China (the bureau's calendar), whatever the browser's time zone. */
export function FieldText({ field, value }: { field: TFieldInfo; value: FieldValue | undefined }) {
  const { t } = useI18n();
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">—</Typography.Text>;
  if (field.type === 'bool') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (field.type === 'money') return <>{Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} {t('unit.yuan')}</>;
  if (field.personal) {
    return (
      <span data-personal="true">
        <LockOutlined style={{ color: '#bfbfbf', marginInlineEnd: 4 }} />
        {String(value)}
      </span>
    );
  }
  return <>{String(value)}</>;
}

/**
 * Columns shown by default: office, the record's title and business date, the first personal field
 * (the person's name), then required and filterable fields, up to nine. The rest are a click away.
 */
export function defaultColumnKeys(sheet: TSheetInfo): string[] {
  const keys = new Set(['office', sheet.titleKey, sheet.dateKey]);
  const firstPersonal = sheet.fields.find((f) => f.personal);
  if (firstPersonal) keys.add(firstPersonal.key);
  for (const f of [...sheet.fields.filter((x) => x.required), ...sheet.fields.filter((x) => x.filter)]) {
    if (keys.size >= 9) break;
    if (!f.personal) keys.add(f.key);
  }
  return sheet.fields.map((f) => f.key).filter((k) => keys.has(k));
}

export interface Deadline {
  /** e.g. 审查决定期限 (Decision due) */
  label: string;
  due: string | null;
  status: string;
}

/** Derived deadline pairs (xxxDue + xxxStatus) of a record, as the sheet declares them. */
export function deadlinesOf(sheet: TSheetInfo, record: TRecordView, lang: Lang = 'zh'): Deadline[] {
  const out: Deadline[] = [];
  for (const d of sheet.derived) {
    if (!d.key.endsWith('Status')) continue;
    const status = record.derived[d.key];
    if (typeof status !== 'string') continue;
    const dueKey = d.key.replace(/Status$/, 'Due');
    const due = record.derived[dueKey];
    const dueLabel = sheet.derived.find((x) => x.key === dueKey);
    const label = dueLabel ? derivedLabel(dueLabel, lang) : derivedLabel(d, lang).replace(/状态$/, '');
    out.push({ label, due: typeof due === 'string' ? due : null, status });
  }
  return out;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
/** an open step due within this many days is 即将到期 (the server's filter and counts use the same) */
export const SOON_DAYS = DUE_SOON_DAYS;

type DeadlineState = 'open' | 'soon' | 'overdue' | 'met' | 'late';

const LEGAL_STATUSES = new Set<string>(Object.values(DEADLINE_STATUS_LABEL));

/**
 * A legal deadline (法律援助法: decide in 7 days, assign in 3) where the record stands as of a date.
 * Other derived statuses — e.g. the parties' 30-day window to apply for 司法确认, which binds nobody
 * in the bureau — are not deadlines: null, shown as the server words them.
 */
export function deadlineState(d: Deadline, asOf: string): DeadlineState | null {
  if (!LEGAL_STATUSES.has(d.status)) return null;
  if (d.status === DEADLINE_STATUS_LABEL.overdue) return 'overdue';
  if (d.status === DEADLINE_STATUS_LABEL.met) return 'met';
  if (d.status === DEADLINE_STATUS_LABEL.late) return 'late';
  return d.due !== null && daysBetween(asOf, d.due) <= SOON_DAYS ? 'soon' : 'open';
}

/** Whether a record has a legal deadline still open, overdue or met late: what a list should flag. */
export const hasOpenDeadline = (sheet: TSheetInfo, record: TRecordView, asOf: string) => deadlinesOf(sheet, record).some((d) => { const s = deadlineState(d, asOf); return s !== null && s !== 'met'; });

const STATE_COLOR: Record<DeadlineState, string> = { open: 'blue', soon: 'orange', overdue: 'red', met: 'green', late: 'gold' };

/**
 * Legal deadlines as 待办 / 即将到期 / 已逾期 tags (and 按期完成 / 超期完成 once done); other derived
 * statuses as they are worded. `compact` (lists) shows only what needs attention.
 */
export function DeadlineTags({ sheet, record, asOf, compact = false }: { sheet: TSheetInfo; record: TRecordView; asOf: string; compact?: boolean }) {
  const { t, lang } = useI18n();
  const items = deadlinesOf(sheet, record, lang)
    .map((d) => ({ ...d, state: deadlineState(d, asOf) }))
    .filter((d) => !compact || (d.state !== null && d.state !== 'met'));
  if (items.length === 0) return compact ? null : <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {items.map((d) => (
        <Tooltip key={d.label} title={d.due ? t('registers.deadlineDue', { label: d.label, due: d.due }) : d.label}>
          <Tag color={d.state ? STATE_COLOR[d.state] : 'default'} style={{ marginInlineEnd: 0 }} data-deadline={d.state ?? 'info'}>
            {d.label.replace(/期限$/, '')} · {d.state ? t(`registers.deadline.${d.state}`) : d.status}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}
