import { Alert } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useUnitYear } from '../../app/unit-year';
import { useI18n } from '../../i18n/i18n';
import type { TRolloverView } from '../../../../src/contract/api/rollover-api';

/** On a year started from the one before while proposals wait: its goal tables are a draft, with a link to decide them. */
export function RolloverDraftNotice() {
  const { t } = useI18n();
  const { base, apiBase } = useUnitYear();
  const rollover = useApi<{ rollover: TRolloverView | null }>(`${apiBase}/rollover`).data?.rollover;
  if (!rollover || rollover.status !== 'draft') return null;
  const pending = rollover.proposals.filter((p) => p.status === 'pending').length;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="rollover-draft"
      title={t('rollover.draftNotice', { from: rollover.from, n: pending })}
      action={<Link to={`${base}/rollover`}>{t('rollover.decideNow')}</Link>}
    />
  );
}
