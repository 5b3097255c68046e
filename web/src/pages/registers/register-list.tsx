import { App, AutoComplete, Button, Card, Checkbox, DatePicker, Empty, Input, Popover, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError, download } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { listFor, useMasterData } from './use-master-data';
import type { TFieldInfo, TRecordView, TSheetInfo } from '../../../../src/contract/api/registers-api';
import { DeadlineTags, defaultColumnKeys, FieldText, hasOpenDeadline } from './register-fields';
import { chinaDate } from '../../../../src/core/dates';
import { DEADLINE_FILTERS, deadlineAsOf, type TDeadlineFilter } from '../../../../src/core/deadlines';
import { RecordDrawer } from './record-drawer';
import { RecordForm } from './record-form';
import { ImportModal } from './import-modal';
import { fieldLabel, sheetName } from './sheet-text';

const PAGE_SIZES = [20, 50, 100];

function storedColumns(sheet: TSheetInfo): string[] | null {
  try {
    const saved = JSON.parse(localStorage.getItem(`jixiao.columns.${sheet.kind}/${sheet.id}`) ?? 'null') as unknown;
    return Array.isArray(saved) ? saved.filter((k): k is string => typeof k === 'string' && sheet.fields.some((f) => f.key === k)) : null;
  } catch {
    return null;
  }
}

/**
 * One sheet's records: filters for its filterable fields, search over its searchable ones, a date
 * range on its business date (the year by default), pages fetched from the server, personal data
 * masked unless a permitted reader switches to full view (audited), voided records (作废) only when
 * 显示已作废 is ticked, the detail, the form and import.
 */
export function RegisterList({ sheet }: { sheet: TSheetInfo }) {
  const { t, lang } = useI18n();
  const { can, user } = useSession();
  const { message } = App.useApp();
  const { unitCode, year } = useUnitYear();
  const masterData = useMasterData(unitCode);
  const registerUrl = `/api/units/${encodeURIComponent(unitCode)}/registers/${sheet.kind}/${sheet.id}`;
  const recordsUrl = `${registerUrl}/records`;
  const ownOffice = user?.role === 'office' ? user.office : null;
  const mayUnmask = can('personalData.unmask') && sheet.fields.some((f) => f.personal);

  const [filters, setFilters] = useState<Record<string, string>>({});
  const [q, setQ] = useState('');
  const [range, setRange] = useState<[string, string] | null>([`${year}-01-01`, `${year}-12-31`]);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [unmasked, setUnmasked] = useState(false);
  const [showVoided, setShowVoided] = useState(false);
  const [deadline, setDeadline] = useState<TDeadlineFilter | undefined>(undefined);
  const [columns, setColumns] = useState<string[]>(() => storedColumns(sheet) ?? defaultColumnKeys(sheet));
  const [openId, setOpenId] = useState<number | null>(null);
  const [detailVersion, setDetailVersion] = useState(0);
  const [editing, setEditing] = useState<{ record?: TRecordView; unmasked: boolean } | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  // the list's filters without paging: the export takes the same ones. No asOf: the server judges
  // deadlines as of the end of the range shown (or today, if earlier) and says which date it used
  const filterParams = useMemo(() => {
    const params = new URLSearchParams();
    if (range) {
      params.set('from', range[0]);
      params.set('to', range[1]);
    }
    if (q.trim()) params.set('q', q.trim());
    if (unmasked) params.set('unmasked', 'true');
    if (showVoided) params.set('voided', 'include');
    for (const [k, v] of Object.entries(filters)) if (v !== '') params.set(k, v);
    if (deadline) params.set('deadline', deadline);
    return params.toString();
  }, [range, q, unmasked, showVoided, filters, deadline]);
  const list = useEndpoint('GET /api/units/:unitCode/registers/:kind/:sheet/records', { unitCode, kind: sheet.kind, sheet: sheet.id }, { page, pageSize, ...Object.fromEntries(new URLSearchParams(filterParams)) });
  const asOf = list.data?.asOf ?? deadlineAsOf({ to: range?.[1] }, chinaDate(new Date()));
  const chooseDeadline = (value: TDeadlineFilter | undefined) => {
    setDeadline(value);
    setPage(1);
  };

  const setFilter = (key: string, value: string | undefined) => {
    setFilters((current) => {
      const next = { ...current };
      if (value === undefined || value === '') delete next[key];
      else next[key] = value;
      return next;
    });
    setPage(1);
  };
  const filtered = Object.keys(filters).length > 0 || q.trim() !== '' || deadline !== undefined;
  const clearFilters = () => {
    setFilters({});
    setDeadline(undefined);
    setQ('');
    setPage(1);
  };

  const searchable = sheet.fields.filter((f) => f.search);
  const filterable = sheet.fields.filter((f) => f.filter && !(f.key === 'office' && ownOffice));
  const dateField = sheet.fields.find((f) => f.key === sheet.dateKey)!;
  // the column appears when a record on the page has a legal deadline needing attention
  const hasDeadlines = (list.data?.records ?? []).some((r) => hasOpenDeadline(sheet, r, asOf));

  const filterControl = (f: TFieldInfo) => {
    const common = { allowClear: true, placeholder: fieldLabel(f, lang), value: filters[f.key], 'aria-label': fieldLabel(f, lang) };
    if (f.type === 'enum') return <Select key={f.key} {...common} style={{ width: 150 }} options={(f.options ?? []).map((o) => ({ value: o, label: o }))} onChange={(v: string | undefined) => setFilter(f.key, v)} />;
    if (f.type === 'bool') {
      return (
        <Select
          key={f.key}
          {...common}
          style={{ width: 150 }}
          options={[
            { value: 'true', label: `${fieldLabel(f, lang)}${lang === 'en' ? ': ' : '：'}${t('common.yes')}` },
            { value: 'false', label: `${fieldLabel(f, lang)}${lang === 'en' ? ': ' : '：'}${t('common.no')}` },
          ]}
          onChange={(v: string | undefined) => setFilter(f.key, v)}
        />
      );
    }
    const list = listFor(f.key, masterData);
    if (list) {
      return <AutoComplete key={f.key} {...common} style={{ width: 170 }} options={list.map((o) => ({ value: o }))} onChange={(v: string | undefined) => setFilter(f.key, v)} filterOption={(text, option) => String(option?.value ?? '').includes(text)} />;
    }
    return <Input.Search key={f.key} allowClear placeholder={fieldLabel(f, lang)} aria-label={fieldLabel(f, lang)} defaultValue={filters[f.key]} style={{ width: 170 }} onSearch={(v) => setFilter(f.key, v.trim())} />;
  };

  const tableColumns = [
    ...sheet.fields
      .filter((f) => columns.includes(f.key))
      .map((f) => ({
        key: f.key,
        title: fieldLabel(f, lang),
        onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
        render: (_: unknown, r: TRecordView) =>
          f.key === sheet.titleKey ? (
            <Space size={4}>
              <Typography.Link onClick={() => setOpenId(r.id)}>
                <FieldText field={f} value={r.values[f.key]} />
              </Typography.Link>
              {r.sealed && <Tag color="purple">{t('registers.sealedTag')}</Tag>}
              {r.voided && (
                <Tooltip title={r.voided.reason}>
                  <Tag color="red" data-testid="voided-tag">
                    {t('registers.voidedTag')}
                  </Tag>
                </Tooltip>
              )}
            </Space>
          ) : (
            <FieldText field={f} value={r.values[f.key]} />
          ),
      })),
    ...(hasDeadlines ? [{ key: 'deadlines', title: t('registers.deadlines'), render: (_: unknown, r: TRecordView) => <DeadlineTags sheet={sheet} record={r} asOf={asOf} compact /> }] : []),
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right' as const,
      width: 72,
      render: (_: unknown, r: TRecordView) => (
        <Button type="link" size="small" onClick={() => setOpenId(r.id)}>
          {t('registers.view')}
        </Button>
      ),
    },
  ];

  const columnChooser = (
    <Checkbox.Group
      value={columns}
      onChange={(keys) => {
        const next = keys.map(String);
        setColumns(next);
        localStorage.setItem(`jixiao.columns.${sheet.kind}/${sheet.id}`, JSON.stringify(next));
      }}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(120px, 1fr))', gap: 4 }}
      options={sheet.fields.map((f) => ({ value: f.key, label: fieldLabel(f, lang) }))}
    />
  );

  const exportList = async () => {
    setExporting(true);
    try {
      // an export holds records in force only (the server never exports voided ones)
      const params = new URLSearchParams(filterParams);
      params.delete('voided');
      const name = await download(`${registerUrl}/export?${params}`);
      message.success(t('registers.exported', { name }));
    } catch (e) {
      message.error(e instanceof ApiError ? errorText(e, lang) : String(e));
    } finally {
      setExporting(false);
    }
  };

  const saved = async (id: number) => {
    setEditing(null);
    message.success(t('common.saved'));
    await list.reload();
    setDetailVersion((v) => v + 1);
    setOpenId(id);
  };

  const empty = (
    <Empty description={filtered ? t('registers.noMatch') : t('registers.empty', { sheet: sheetName(sheet, lang) })}>
      {filtered ? (
        <Button onClick={clearFilters}>{t('registers.clearFilters')}</Button>
      ) : (
        sheet.writable && (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unmasked: false })}>
              {t('registers.create')}
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('registers.import')}
            </Button>
          </Space>
        )
      )}
    </Empty>
  );

  return (
    <Card variant="outlined" styles={{ body: { paddingTop: 16 } }}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <DatePicker.RangePicker
              aria-label={fieldLabel(dateField, lang)}
              value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
              onChange={(values) => {
                setRange(values?.[0] && values[1] ? [values[0].format('YYYY-MM-DD'), values[1].format('YYYY-MM-DD')] : null);
                setPage(1);
              }}
              placeholder={[`${fieldLabel(dateField, lang)}${t('registers.from')}`, t('registers.to')]}
            />
            {searchable.length > 0 && (
              <Input.Search
                allowClear
                style={{ width: 260 }}
                placeholder={t('registers.searchIn', { fields: searchable.map((f) => fieldLabel(f, lang)).join(lang === 'en' ? ', ' : '、') })}
                aria-label={t('common.search')}
                onSearch={(v) => {
                  setQ(v);
                  setPage(1);
                }}
              />
            )}
          </Space>
          <Space wrap>
            <Checkbox
              checked={showVoided}
              onChange={(e) => {
                setShowVoided(e.target.checked);
                setPage(1);
              }}
              data-testid="show-voided"
            >
              {t('registers.showVoided')}
            </Checkbox>
            {mayUnmask && (
              <Tooltip title={t('registers.unmaskAudited')}>
                <Space size={6}>
                  <Switch checked={unmasked} onChange={setUnmasked} aria-label={t('registers.unmask')} data-testid="unmask-toggle" />
                  <span>{t('registers.unmask')}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('registers.unmaskAuditedShort')}
                  </Typography.Text>
                </Space>
              </Tooltip>
            )}
            <Tooltip title={unmasked ? t('registers.exportUnmaskedTip') : showVoided ? t('registers.exportTipVoided') : t('registers.exportTip', { n: list.data?.total ?? 0 })}>
              <Button icon={<DownloadOutlined />} loading={exporting} disabled={!list.data || list.data.total === 0} onClick={() => void exportList()} data-testid="register-export">
                {t('registers.export')}
              </Button>
            </Tooltip>
            <Popover trigger="click" title={t('registers.columns')} content={columnChooser} placement="bottomRight">
              <Button icon={<SettingOutlined />}>{t('registers.columns')}</Button>
            </Popover>
            {sheet.writable && (
              <>
                <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                  {t('registers.import')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ unmasked: false })}>
                  {t('registers.create')}
                </Button>
              </>
            )}
          </Space>
        </Space>
        {(filterable.length > 0 || sheet.deadlines) && (
          <Space wrap size={8}>
            <Typography.Text type="secondary">{t('registers.filter')}：</Typography.Text>
            {filterable.map(filterControl)}
            {sheet.deadlines && (
              <Select
                allowClear
                placeholder={t('registers.deadlineFilter')}
                aria-label={t('registers.deadlineFilter')}
                data-testid="deadline-filter"
                style={{ width: 130 }}
                value={deadline}
                onChange={(v: TDeadlineFilter | undefined) => chooseDeadline(v)}
                options={DEADLINE_FILTERS.map((d) => ({ value: d, label: t(`registers.deadlineFilter.${d}`) }))}
              />
            )}
            {filtered && (
              <Button type="link" size="small" onClick={clearFilters}>
                {t('registers.clearFilters')}
              </Button>
            )}
          </Space>
        )}
        {list.data?.deadlines && (
          <Space size={6} wrap data-testid="deadline-counts">
            <Typography.Text type="secondary">{t('registers.deadlineCounts', { asOf: list.data.asOf })}</Typography.Text>
            {(['dueSoon', 'overdue'] as const).map((d) => (
              <Tooltip key={d} title={t('registers.deadlineCountTip')}>
                <Tag
                  color={list.data!.deadlines![d] === 0 ? 'default' : d === 'overdue' ? 'red' : 'orange'}
                  style={{ cursor: 'pointer', marginInlineEnd: 0 }}
                  data-testid={`deadline-count-${d}`}
                  onClick={() => chooseDeadline(deadline === d ? undefined : d)}
                >
                  {t(`registers.deadlineCount.${d}`, { n: list.data!.deadlines![d] })}
                </Tag>
              </Tooltip>
            ))}
          </Space>
        )}
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <Table
          size="middle"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.records ?? []}
          columns={tableColumns}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: list.loading ? ' ' : empty }}
          onRow={(r) => ({ onDoubleClick: () => setOpenId(r.id), style: r.voided ? { color: '#999', textDecoration: 'line-through' } : undefined })}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (n) => t('registers.total', { n }),
            onChange: (p, size) => {
              setPage(size !== pageSize ? 1 : p);
              setPageSize(size);
            },
          }}
        />
      </Space>
      <RecordDrawer
        key={detailVersion}
        sheet={sheet}
        recordsUrl={recordsUrl}
        recordId={openId}
        asOf={asOf}
        unmaskedList={unmasked}
        onClose={() => setOpenId(null)}
        onEdit={(record, full) => setEditing({ record, unmasked: full })}
        onVoided={() => {
          void list.reload();
          setDetailVersion((v) => v + 1);
        }}
      />
      <RecordForm
        open={editing !== null}
        sheet={sheet}
        recordsUrl={recordsUrl}
        record={editing?.record}
        unmasked={editing?.unmasked ?? false}
        onClose={() => setEditing(null)}
        onSaved={(id) => void saved(id)}
      />
      <ImportModal
        open={importing}
        sheet={sheet}
        registerUrl={registerUrl}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          void list.reload();
        }}
      />
    </Card>
  );
}
