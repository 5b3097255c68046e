import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';

const COLOR = { error: 'red', warning: 'orange', suggestion: 'blue' } as const;

export function SeverityTag({ severity }: { severity: 'error' | 'warning' | 'suggestion' }) {
  const { t } = useI18n();
  return <Tag color={COLOR[severity]}>{t(`review.${severity}`)}</Tag>;
}
