import { Alert, App, Button, Checkbox, Descriptions, Modal, Popconfirm, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { REGISTER_KIND_LABEL, isRegisterKind } from '../../../../src/core/register-kinds';
import type { TIndicatorProgress } from '../../../../src/contract/api/registers-api';
import { num } from './light';
import { useSubmit } from '../../api/use-submit';

/** A metric's register kind: metric keys start with it (legal-aid.cases-accepted). */
export const kindOfMetric = (metric: string) => metric.split('.')[0] ?? '';

/** Whether the user may bind to (or unbind from) a metric: a 业务科室 only within the registers it keeps. */
export function mayBindMetric(user: { role: string; sections: string[] } | null, metric: string): boolean {
  return user !== null && (user.role !== 'section' || user.sections.includes(kindOfMetric(metric)));
}

/**
 * Bind an indicator to a register metric (or change or remove its binding). The metrics come with
 * their value as of the board's date, so the choice can be judged by its figure.
 */
export function BindingModal({ indicator, asOf, onClose, onSaved }: { indicator: TIndicatorProgress | null; asOf: string; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { message } = App.useApp();
  const { apiBase, params } = useUnitYear();
  const metrics = useEndpoint('GET /api/units/:unitCode/years/:year/metrics', indicator ? params : null, { asOf });
  const [metric, setMetric] = useState<string>();
  const [useFilter, setUseFilter] = useState(true);
  const { busy, error, setError, run: submitting } = useSubmit();

  useEffect(() => {
    setError(undefined);
    setMetric(indicator?.metric ?? indicator?.proposal?.metric ?? undefined);
    setUseFilter(true);
  }, [indicator]);

  if (!indicator) return null;
  // a filter (e.g. the indicator's own project) comes with the current binding or the proposal of the same metric
  const filter = metric && indicator.metric === metric ? indicator.filter : metric && indicator.proposal?.metric === metric ? indicator.proposal.filter : null;
  const chosen = metrics.data?.find((m) => m.metric === metric);
  const allowed = (metrics.data ?? []).filter((m) => mayBindMetric(user, m.metric));
  const groups = [...new Set(allowed.map((m) => kindOfMetric(m.metric)))].map((kind) => ({
    label: isRegisterKind(kind) ? REGISTER_KIND_LABEL[kind] : kind,
    options: allowed.filter((m) => kindOfMetric(m.metric) === kind).map((m) => ({ value: m.metric, label: `${m.name}（${m.unit}）` })),
  }));

  const run = async (action: () => Promise<unknown>, done: string) => {
    await submitting(async () => {
      await action();
      message.success(done);
      onSaved();
    });
  };
  const url = `${apiBase}/indicators/${indicator.indicatorId}/binding`;
  const save = () => run(() => api('PUT', url, { metric, filter: useFilter ? filter : null }), t('indicators.bound'));
  const unbind = () => run(() => api('DELETE', url), t('indicators.unbound'));

  return (
    <Modal
      open
      onCancel={onClose}
      width={680}
      destroyOnHidden
      title={t('indicators.bindTitle', { name: indicator.name })}
      footer={
        <Space>
          {indicator.metric && mayBindMetric(user, indicator.metric) && (
            <Popconfirm title={t('indicators.unbindConfirm')} onConfirm={() => void unbind()} okText={t('indicators.unbind')} cancelText={t('common.cancel')}>
              <Button danger disabled={busy}>
                {t('indicators.unbind')}
              </Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!metric} loading={busy} onClick={() => void save()}>
            {t('indicators.bind')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {error && <Alert type="error" showIcon title={errorText(error, lang)} />}
        <Typography.Text>
          {indicator.projectName ?? t('indicators.department')} · {indicator.name} · {t('indicator.target')} {indicator.target}
        </Typography.Text>
        {indicator.proposal && !indicator.metric && <Alert type="info" showIcon title={t('indicators.proposalReason', { metric: indicator.proposal.metricName, reason: indicator.proposal.reason })} />}
        {metrics.error && <Alert type="error" showIcon title={errorText(metrics.error, lang)} />}
        {!metrics.data && !metrics.error ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={t('indicators.chooseMetric')}
            aria-label={t('indicators.metric')}
            value={metric}
            onChange={setMetric}
            options={groups}
          />
        )}
        {chosen && (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'desc', label: t('indicators.metricDescription'), children: chosen.description },
              { key: 'value', label: t('indicators.metricValue', { asOf }), children: `${chosen.value === null ? '—' : num(chosen.value)}${chosen.unit === '%' ? '%' : ` ${chosen.unit}`}（${t('indicators.records', { n: chosen.recordCount })}）` },
            ]}
          />
        )}
        {filter && (
          <Checkbox checked={useFilter} onChange={(e) => setUseFilter(e.target.checked)}>
            {t('indicators.useFilter', { filter: Object.entries(filter).map(([k, v]) => `${k}=${v}`).join('，') })}
          </Checkbox>
        )}
      </Space>
    </Modal>
  );
}
