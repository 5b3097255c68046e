import { Alert } from 'antd';
import { Link } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { useI18n } from '../../i18n/i18n';

/** On a year started from the one before while proposals wait: its goal tables are a draft, with a link to decide them. */
export function RolloverDraftNotice() {
  const { t } = useI18n();
  const { base, params } = useUnitYear();
  const rollover = useEndpoint('GET /api/units/:unitCode/years/:year/rollover', params).data?.rollover;
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
