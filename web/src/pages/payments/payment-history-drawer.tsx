import { Drawer, Skeleton, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { useUnitYear } from '../../app/unit-year';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert } from '../../components/error-alert';
import { yuanGrouped } from '../../components/money';
import type { MessageKey } from '../../i18n/zh';
import type { TPaymentView, ZPaymentHistoryEntry } from '../../../../src/contract/api/spending-api';
import { actorName } from '../../components/actor-name';

type HistoryEntry = z.infer<typeof ZPaymentHistoryEntry>;
type Snapshot = HistoryEntry['snapshot'];

const FIELDS: { key: keyof Snapshot; label: MessageKey }[] = [
  { key: 'projectCode', label: 'project.code' },
  { key: 'paidOn', label: 'payments.paidOn' },
  { key: 'amount', label: 'payments.amountYuan' },
  { key: 'voucherNo', label: 'payments.voucherNo' },
  { key: 'payee', label: 'payments.payee' },
  { key: 'summary', label: 'payments.summary' },
  { key: 'fundSource', label: 'payments.fundSource' },
  { key: 'status', label: 'payments.status' },
];

const ACTION_COLOR = { create: 'green', update: 'blue', void: 'red' } as const;

/** Every version of one payment, oldest first: who did what, when, why, and which fields changed. */
export function PaymentHistoryDrawer({ payment, onClose }: { payment: TPaymentView; onClose: () => void }) {
  const { t } = useI18n();
  const { params } = useUnitYear();
  const history = useEndpoint('GET /api/units/:unitCode/years/:year/payments/:id/history', { ...params, id: payment.id });

  const show = (key: keyof Snapshot, s: Snapshot): string => {
    if (key === 'amount') return yuanGrouped(s.amount);
    if (key === 'fundSource') return t(`payments.fund.${s.fundSource}`);
    if (key === 'status') return t(`payments.statusValue.${s.status}`);
    const value = s[key];
    return value === null || value === '' ? '—' : String(value);
  };

  return (
    <Drawer open onClose={onClose} size={560} title={`${t('payments.history.title')} · ${payment.voucherNo}`}>
      {history.error && <ErrorAlert error={history.error} onRetry={history.reload} />}
      {!history.data ? (
        <Skeleton active />
      ) : (
        <Timeline
          items={history.data.map((entry, i) => {
            const before = history.data![i - 1]?.snapshot;
            const changed = before ? FIELDS.filter((f) => show(f.key, before) !== show(f.key, entry.snapshot)) : FIELDS.filter((f) => f.key !== 'status');
            return {
              color: ACTION_COLOR[entry.action],
              content: (
                <div data-testid="history-entry">
                  <div style={{ marginBottom: 4 }}>
                    <Tag color={ACTION_COLOR[entry.action]}>{t(`payments.history.${entry.action}`)}</Tag>
                    {t('payments.history.version', { n: entry.version })} · {actorName(entry.actorName, t)} · {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
                  </div>
                  {entry.reason && (
                    <div>
                      <Typography.Text type="secondary">{t('payments.history.reason')}：</Typography.Text>
                      {entry.reason}
                    </div>
                  )}
                  {changed.map((f) => (
                    <div key={f.key}>
                      <Typography.Text type="secondary">{t(f.label)}：</Typography.Text>
                      {before ? (
                        <>
                          <Typography.Text delete type="secondary">
                            {show(f.key, before)}
                          </Typography.Text>{' '}
                          → {show(f.key, entry.snapshot)}
                        </>
                      ) : (
                        show(f.key, entry.snapshot)
                      )}
                    </div>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </Drawer>
  );
}
