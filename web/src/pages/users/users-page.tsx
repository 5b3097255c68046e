import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useEndpoint } from '../../api/use-endpoint';
import { useI18n } from '../../i18n/i18n';
import { ErrorAlert, errorText } from '../../components/error-alert';
import { ROLES, ROLE_LABEL, ROLE_LABEL_EN, type TRole } from '../../../../src/core/access/permissions';
import { REGISTER_KIND_LABEL_EN } from '../../../../src/core/register-kinds';
import type { TUserView } from '../../../../src/contract/api/auth-api';
import { DATA_SCOPES, type TDataScope } from '../../../../src/core/access/scope';

/** The register kinds a 业务科室 can keep (the same ids the registers use). */
const REGISTER_KINDS = [
  ['legal-aid', '法律援助'],
  ['mediation', '人民调解'],
  ['legal-service', '基层法律服务'],
  ['correction', '社区矫正'],
  ['resettlement', '安置帮教'],
  ['publicity', '普法宣传'],
  ['rule-of-law', '法治建设'],
  ['procurement', '装备购置'],
  ['survey', '满意度调查'],
] as const;

type Editing = { mode: 'create' } | { mode: 'edit'; user: TUserView } | { mode: 'reset'; user: TUserView } | null;

export default function UsersPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const users = useEndpoint('GET /api/users', {});
  const units = useEndpoint('GET /api/units', {});
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<ApiError>();
  const [form] = Form.useForm();
  const role = Form.useWatch('role', form) as TRole | undefined;
  const roleLabel = (r: TRole) => (lang === 'en' ? ROLE_LABEL_EN : ROLE_LABEL)[r];
  const kindLabel = (k: string) => (lang === 'en' ? REGISTER_KIND_LABEL_EN[k as keyof typeof REGISTER_KIND_LABEL_EN] : undefined) ?? REGISTER_KINDS.find(([id]) => id === k)?.[1] ?? k;
  if (users.error) return <ErrorAlert error={users.error} onRetry={users.reload} />;

  const open = (next: Editing) => {
    setError(undefined);
    form.resetFields();
    if (next?.mode === 'edit') form.setFieldsValue({ ...next.user });
    setEditing(next);
  };

  const submit = async () => {
    // a form with missing fields: antd marks them beside the fields; nothing to send
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      if (editing?.mode === 'create') await api('POST', '/api/users', { ...v, unitCode: v.unitCode ?? null, office: v.office ?? null });
      else if (editing?.mode === 'edit') await api('PATCH', `/api/users/${editing.user.id}`, { displayName: v.displayName, role: v.role, grantedUnitCodes: v.grantedUnitCodes ?? [], sections: v.sections ?? [], office: v.office ?? null, dataScope: v.dataScope });
      else if (editing?.mode === 'reset') await api('POST', `/api/users/${editing.user.id}/reset-password`, { password: v.password });
      message.success(t('common.saved'));
      setEditing(null);
      await users.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', `操作没有完成，请刷新页面后重试（${String(e)}）`));
    }
  };

  const toggle = async (user: TUserView) => {
    try {
      await api('PATCH', `/api/users/${user.id}`, { disabled: !user.disabled });
      await users.reload();
    } catch (e) {
      if (e instanceof ApiError) message.error(errorText(e, lang));
    }
  };

  const unitOptions = (units.data ?? []).map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }));
  return (
    <Card title={t('users.title')} extra={<Button type="primary" onClick={() => open({ mode: 'create' })}>{t('users.add')}</Button>}>
      <Table
        rowKey="id"
        loading={users.loading}
        dataSource={users.data}
        pagination={false}
        columns={[
          { title: t('login.username'), dataIndex: 'username' },
          { title: t('setup.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (r: TRole) => roleLabel(r) },
          { title: t('users.unit'), render: (_, u) => (u.unitName ? `${u.unitName}（${u.unitCode}）` : '—') },
          { title: t('users.grants'), dataIndex: 'grantedUnitCodes', render: (codes: string[]) => codes.join('、') || '—' },
          { title: t('users.sections'), dataIndex: 'sections', render: (s: string[]) => s.map(kindLabel).join(lang === 'en' ? ', ' : '、') || '—' },
          { title: t('users.office'), dataIndex: 'office', render: (o: string | null) => o ?? '—' },
          { title: t('users.dataScope'), dataIndex: 'dataScope', render: (d: TDataScope) => t(`dataScope.${d}`) },
          {
            title: '',
            render: (_, u) => (
              <Space size={4}>
                {u.disabled && <Tag color="default">{t('users.disabled')}</Tag>}
                {u.locked && <Tag color="red">{t('users.locked')}</Tag>}
                {u.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Space size={0}>
                <Button type="link" onClick={() => open({ mode: 'edit', user: u })}>{t('common.edit')}</Button>
                <Button type="link" onClick={() => open({ mode: 'reset', user: u })}>{t('users.resetPassword')}</Button>
                <Button type="link" danger={!u.disabled} onClick={() => void toggle(u)}>{u.disabled ? t('users.enable') : t('users.disable')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title={editing?.mode === 'create' ? t('users.add') : editing?.mode === 'reset' ? `${t('users.resetPassword')} · ${editing.user.username}` : `${t('common.edit')} · ${editing?.mode === 'edit' ? editing.user.username : ''}`} onCancel={() => setEditing(null)} onOk={() => void submit()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          {editing?.mode === 'create' && (
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('users.usernameRequired') }, { pattern: /^[A-Za-z0-9_.-]{2,40}$/, message: t('users.usernameRule') }]} extra={t('users.usernameRule')}>
              <Input />
            </Form.Item>
          )}
          {editing?.mode !== 'reset' && (
            <>
              <Form.Item name="displayName" label={t('setup.displayName')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
                <Select placeholder={t('users.roleRequired')} options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
              </Form.Item>
            </>
          )}
          {editing?.mode === 'create' && (
            <Form.Item name="unitCode" label={t('users.unit')} rules={[{ required: role !== 'admin', message: t('users.unitRequired') }]}>
              <Select allowClear placeholder={t('users.unitRequired')} options={unitOptions} />
            </Form.Item>
          )}
          {editing?.mode !== 'reset' && (
            <>
              <Form.Item name="grantedUnitCodes" label={t('users.grants')}>
                <Select mode="multiple" allowClear options={unitOptions} />
              </Form.Item>
              {role === 'section' && (
                <Form.Item name="sections" label={t('users.sections')} rules={[{ required: true, message: t('users.sectionsRequired') }]}>
                  <Select mode="multiple" options={REGISTER_KINDS.map(([value]) => ({ value, label: kindLabel(value) }))} />
                </Form.Item>
              )}
              {role === 'office' && (
                <Form.Item name="office" label={t('users.office')} rules={[{ required: true }]}>
                  <Input placeholder="胡家坨司法所" />
                </Form.Item>
              )}
              <Form.Item name="dataScope" label={t('users.dataScope')}>
                <Select allowClear placeholder={t('users.dataScopeDefault')} options={DATA_SCOPES.map((d) => ({ value: d, label: t(`dataScope.${d}`) }))} />
              </Form.Item>
            </>
          )}
          {editing?.mode !== 'edit' && (
            <Form.Item name="password" label={editing?.mode === 'reset' ? t('password.new') : t('login.password')} extra={t('users.passwordExtra')} rules={[{ required: true, message: t('users.passwordRequired') }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
