import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useSubmit } from '../../api/use-submit';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import type { TUnitTreeItem } from '../../../../src/contract/api/units-api';

type ListKind = 'office' | 'committee';

/**
 * 单位与司法所: the unit tree the administrator keeps (a county's departments, a department's 下属单位)
 * and each unit's master-data lists — its 司法所 and 人民调解委员会, which register forms pick from and
 * imports match by name. Removing a name keeps the records that carry it.
 */
export default function UnitsPage() {
  const { t } = useI18n();
  const tree = useEndpoint('GET /api/units/tree', {});
  const [adding, setAdding] = useState(false);
  if (tree.error) return <ErrorAlert error={tree.error} onRetry={tree.reload} />;
  const units = tree.data ?? [];
  const top = Math.min(...units.map((u) => u.depth), 0);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('units.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="unit-add">
            {t('units.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('units.intro')}</Typography.Paragraph>
        <Table<TUnitTreeItem>
          rowKey="code"
          size="small"
          loading={tree.loading}
          dataSource={units}
          pagination={false}
          locale={{ emptyText: t('units.empty') }}
          columns={[
            {
              title: t('units.name'),
              key: 'name',
              render: (_, u) => (
                <span style={{ paddingLeft: (u.depth - top) * 20 }} data-testid={`unit-${u.code}`}>
                  {u.name}
                </span>
              ),
            },
            { title: t('units.code'), dataIndex: 'code', width: 140 },
            { title: t('units.parent'), dataIndex: 'parentCode', width: 140, render: (code: string | null) => (code ? (units.find((u) => u.code === code)?.name ?? code) : '—') },
            { title: t('units.offices'), key: 'office', render: (_, u) => <NameList unit={u} kind="office" onChanged={tree.reload} /> },
            { title: t('units.committees'), key: 'committee', render: (_, u) => <NameList unit={u} kind="committee" onChanged={tree.reload} /> },
          ]}
        />
      </Card>
      <AddUnitModal open={adding} units={units} onClose={() => setAdding(false)} onAdded={tree.reload} />
    </Space>
  );
}

/** One unit's 司法所 (or committees): tags to remove, a field to add one. */
function NameList({ unit, kind, onChanged }: { unit: TUnitTreeItem; kind: ListKind; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const submit = useSubmit();
  const names = kind === 'office' ? unit.offices : unit.committees;
  const url = `/api/units/${encodeURIComponent(unit.code)}/offices`;

  const add = () =>
    submit.run(async () => {
      await api('POST', url, { kind, name });
      setName('');
      message.success(t('units.added', { name: name.trim() }));
      await onChanged();
    });
  const remove = (n: string) =>
    submit.run(async () => {
      await api('POST', `${url}/remove`, { kind, name: n });
      message.success(t('units.removed', { name: n }));
      await onChanged();
    });

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid={`${kind}s-${unit.code}`}>
      <Space size={[4, 4]} wrap>
        {names.length === 0 && <Typography.Text type="secondary">{t(kind === 'office' ? 'units.noOffices' : 'units.noCommittees')}</Typography.Text>}
        {names.map((n) => (
          <Popconfirm key={n} title={t('units.removeConfirm', { name: n })} description={t('units.removeKeeps')} onConfirm={() => remove(n)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
            <Tag closable onClose={(e) => e.preventDefault()} style={{ cursor: 'pointer' }}>
              {n}
            </Tag>
          </Popconfirm>
        ))}
      </Space>
      <Space.Compact size="small" style={{ maxWidth: 280 }}>
        <Input
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && void add()}
          placeholder={t(kind === 'office' ? 'units.officePlaceholder' : 'units.committeePlaceholder')}
          aria-label={t(kind === 'office' ? 'units.officePlaceholder' : 'units.committeePlaceholder')}
          maxLength={60}
        />
        <Button onClick={() => void add()} disabled={!name.trim()} loading={submit.busy}>
          {t('units.addName')}
        </Button>
      </Space.Compact>
      {submit.error && <Alert type="error" showIcon title={submit.error.message} />}
    </Space>
  );
}

function AddUnitModal({ open, units, onClose, onAdded }: { open: boolean; units: TUnitTreeItem[]; onClose: () => void; onAdded: () => Promise<void> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; name: string; parentCode?: string }>();
  const submit = useSubmit();
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await submit.run(async () => {
      await api('POST', '/api/units', { code: v.code, name: v.name, parentCode: v.parentCode ?? null });
      message.success(t('units.unitAdded', { name: v.name }));
      form.resetFields();
      onClose();
      await onAdded();
    });
  };
  return (
    <Modal open={open} title={t('units.add')} onCancel={onClose} onOk={() => void save()} confirmLoading={submit.busy} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={() => void save()}>
        <Form.Item name="code" label={t('units.code')} rules={[{ required: true, message: t('units.codeRequired') }, { pattern: /^[0-9A-Za-z_-]{1,40}$/, message: t('units.codeRule') }]}>
          <Input autoFocus placeholder="315003" />
        </Form.Item>
        <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, message: t('units.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parentCode" label={t('units.parent')} extra={t('units.parentExtra')}>
          <Select allowClear showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))} />
        </Form.Item>
      </Form>
      {submit.error && <Alert type="error" showIcon title={submit.error.message} />}
    </Modal>
  );
}
