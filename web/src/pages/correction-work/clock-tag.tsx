import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';

const CLOCK_COLOR: Record<string, string> = { open: 'default', dueSoon: 'gold', overdue: 'red', doneOnTime: 'green', doneLate: 'orange', met: 'green', late: 'orange', due: 'default' };

/** A due-date clock as a coloured tag: rectification items and 纠正意见 (cw.clock.*) or 衔接 steps (cw.deadline.*). */
export function ClockTag({ clock, prefix = 'cw.clock', testId }: { clock: string; prefix?: 'cw.clock' | 'cw.deadline'; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={CLOCK_COLOR[clock]} data-testid={testId}>
      {t(`${prefix}.${clock}` as MessageKey)}
    </Tag>
  );
}
