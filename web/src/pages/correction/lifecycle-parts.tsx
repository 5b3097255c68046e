import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { TMonthDuties } from '../../../../src/contract/api/correction-api';

const STATUS_COLOR: Record<string, string> = { pending: 'default', dueSoon: 'gold', overdue: 'red', onTime: 'green', late: 'orange' };
const DUTY_COLOR: Record<string, string> = { met: 'green', missed: 'red', open: 'blue' };

/** A lifecycle clock: its kind, due date, status (and days late), as a coloured tag. */
export function LifecycleClockTag({ clock }: { clock: { kind: string; due: string; status: string; lateDays: number; reportType?: string | undefined } }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[clock.status]} data-testid={`clock-${clock.kind}`}>
      {t(`life.clock.${clock.kind}` as MessageKey)}：{t(`life.status.${clock.status}` as MessageKey)}（{t('life.dueOn', { due: clock.due })}
      {clock.lateDays > 0 ? `，${t('life.lateDays', { days: clock.lateDays })}` : ''}）
    </Tag>
  );
}

/** A month's duties, one tag per duty: done / required and met, missed or in progress. */
export function DutyTags({ duties }: { duties: TMonthDuties }) {
  const { t } = useI18n();
  return (
    <>
      {duties.duties.map((d) => (
        <Tag key={d.duty} color={DUTY_COLOR[d.state]} data-testid={`duty-${d.duty}`}>
          {t(`life.duty.${d.duty}` as MessageKey)} {t('life.doneOf', { done: d.done, required: d.required })} {t(`life.duty.${d.state}` as MessageKey)}
        </Tag>
      ))}
    </>
  );
}
