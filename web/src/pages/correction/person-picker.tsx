import { Select } from 'antd';
import { useState } from 'react';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { useI18n } from '../../i18n/i18n';

/**
 * Choose a person under correction by name: the server matches the name within the user's scope and
 * answers masked names (张**) with the office and term, so the choice is told apart without showing it.
 */
export function PersonPicker({ value, onChange, id }: { value?: number; onChange?: (v: number) => void; id?: string }) {
  const { t } = useI18n();
  const { unitCode } = useUnitYear();
  const [q, setQ] = useState('');
  const found = useEndpoint('GET /api/units/:unitCode/correction/people', { unitCode }, { q: q.trim() || undefined });
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      onSearch={setQ}
      aria-label={t('corr.person')}
      placeholder={t('corr.searchPerson')}
      style={{ width: 260 }}
      value={value}
      onChange={onChange}
      loading={found.loading}
      notFoundContent={found.loading ? null : t('corr.noPerson')}
      options={(found.data ?? []).map((p) => ({ value: p.id, label: `${p.personName}（${p.office ?? '—'}，${p.startOn}–${p.endOn}）` }))}
    />
  );
}
