import { Typography } from 'antd';
import { useI18n } from '../../i18n/i18n';

/** A changed value in a readable form: targets by their raw text, budgets in 元, lists one per line. */
export function ChangeValue({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (value === undefined || value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'string') return <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>;
  if (typeof value === 'number') return <span>{value}</span>;
  if (Array.isArray(value)) {
    return (
      <div>
        {value.map((v, i) => (
          <div key={i}>{typeof v === 'object' && v !== null && 'month' in v ? t('project.milestone', { month: (v as { month: number }).month, percent: (v as { cumulativePercent: number }).cumulativePercent }) : typeof v === 'object' && v !== null && 'text' in v ? `${(v as { title: string }).title ? (v as { title: string }).title + '：' : ''}${(v as { text: string }).text}` : String(v)}</div>
        ))}
      </div>
    );
  }
  if (typeof value === 'object' && 'raw' in value) return <span>{(value as { raw: string }).raw}</span>;
  if (typeof value === 'object' && 'name' in value) {
    const v = value as { name: string; target?: { raw: string } };
    return <span>{v.name}{v.target ? ` ${v.target.raw}` : ''}</span>;
  }
  return <code style={{ fontSize: 12 }}>{JSON.stringify(value)}</code>;
}
