import { Button, Result, Spin } from 'antd';
import { Link, Navigate } from 'react-router';
import { useEndpoint } from '../api/use-endpoint';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from '../components/error-alert';

/** "/" goes to the user's own unit (or the first one they may read), latest year: its 我的待办 page. */
export function HomeRedirect() {
  const { t } = useI18n();
  const { user, can } = useSession();
  const units = useEndpoint('GET /api/units', {});
  if (units.loading) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (units.error) return <ErrorAlert error={units.error} onRetry={units.reload} />;
  const withYears = (units.data ?? []).filter((u) => u.years.length > 0);
  const preferred = withYears.find((u) => u.code === user?.unit?.code) ?? withYears[0];
  if (preferred) return <Navigate to={`/u/${preferred.code}/${preferred.years[0]}/home`} replace />;
  return (
    <Result
      status="info"
      title={t('overview.empty')}
      extra={can('goalBook.write') ? <Link to="/import"><Button type="primary">{t('overview.importNow')}</Button></Link> : null}
    />
  );
}
