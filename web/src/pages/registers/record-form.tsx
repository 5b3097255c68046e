import { Alert, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { errorText } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { isValidIdNumber } from '../../../../src/core/masking';
import { useUnitYear } from '../../app/unit-year';
import { listFor, useMasterData } from './use-master-data';
import type { TFieldInfo, TRecordView, TSheetInfo } from '../../../../src/contract/api/registers-api';
import type { FieldValue } from './register-fields';
import { fieldHint, fieldLabel, sheetName } from './sheet-text';

type FormValue = string | number | boolean | Dayjs | null | undefined;

interface Problem {
  key: string | null;
  message: string;
  /** the same in English (registers' validation problems carry both) */
  messageEn?: string;
}

const toForm = (f: TFieldInfo, v: FieldValue | undefined): FormValue => (v === null || v === undefined ? undefined : f.type === 'date' ? dayjs(String(v)) : v);

function fromForm(f: TFieldInfo, v: FormValue): FieldValue {
  if (v === undefined || v === null) return null;
  if (dayjs.isDayjs(v)) return v.format('YYYY-MM-DD');
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return f.type === 'int' || f.type === 'money' ? Number(v) : v;
}

/** The server's problems name fields by key and repeat the label; beside the field the label is noise. */
const withoutLabel = (label: string | undefined, message: string) => (label ? message.replace(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[：:]?\\s*`), '') : message);

/**
 * Create or edit a record, the form generated from the sheet's field metadata. On edit, personal
 * fields the reader only saw masked start empty and are sent only if typed again; only changed fields
 * are sent. The server checks everything again; its problems are shown beside the fields they name.
 */
export function RecordForm({
  open,
  sheet,
  recordsUrl,
  record,
  unmasked,
  onClose,
  onSaved,
}: {
  open: boolean;
  sheet: TSheetInfo;
  /** …/registers/:kind/:sheet/records */
  recordsUrl: string;
  /** the record being edited (as the reader saw it), or undefined to create one */
  record?: TRecordView | undefined;
  /** whether `record` holds personal data in full */
  unmasked: boolean;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const masterData = useMasterData(useUnitYear().unitCode);
  const [form] = Form.useForm<Record<string, FormValue>>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const ownOffice = user?.role === 'office' ? user.office : null;
  const editing = record !== undefined;
  const blankPersonal = (f: TFieldInfo) => editing && f.personal && !unmasked;

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.resetFields();
    const initial: Record<string, FormValue> = {};
    for (const f of sheet.fields) initial[f.key] = record && f.personal && !unmasked ? undefined : toForm(f, record?.values[f.key]);
    if (ownOffice && !initial.office) initial.office = ownOffice;
    form.setFieldsValue(initial);
  }, [open, record, sheet, unmasked, ownOffice, form]);

  const body = (values: Record<string, FormValue>): Record<string, FieldValue> => {
    const out: Record<string, FieldValue> = {};
    for (const f of sheet.fields) {
      const next = fromForm(f, values[f.key]);
      if (!editing) out[f.key] = next;
      else if (blankPersonal(f)) {
        if (next !== null) out[f.key] = next;
      } else if (next !== (record.values[f.key] ?? null)) out[f.key] = next;
    }
    return out;
  };

  const submit = async () => {
    let values: Record<string, FormValue>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const payload = body(values);
    if (editing && Object.keys(payload).length === 0) {
      onClose();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = editing ? await api<{ id: number }>('PATCH', `${recordsUrl}/${record.id}`, payload) : await api<{ id: number }>('POST', recordsUrl, payload);
      onSaved(result.id);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const labelOf = (key: string) => {
        const f = sheet.fields.find((x) => x.key === key);
        return f ? fieldLabel(f, lang) : undefined;
      };
      const problems = ((e.details as { problems?: Problem[] } | undefined)?.problems ?? []).filter((p) => p.key && sheet.fields.some((f) => f.key === p.key));
      if (problems.length > 0) {
        const byKey = new Map<string, string[]>();
        for (const p of problems) byKey.set(p.key!, [...(byKey.get(p.key!) ?? []), withoutLabel(labelOf(p.key!), lang === 'en' ? (p.messageEn ?? p.message) : p.message)]);
        form.setFields([...byKey.entries()].map(([name, errors]) => ({ name, errors })));
        form.scrollToField(problems[0]!.key!, { block: 'center' });
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const input = (f: TFieldInfo) => {
    const placeholder = blankPersonal(f) && record?.values[f.key] ? t('registers.personalKeep', { value: String(record.values[f.key]) }) : undefined;
    switch (f.type) {
      case 'date':
        return <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />;
      case 'int':
        return <InputNumber style={{ width: '100%' }} precision={0} min={0} />;
      case 'money':
        return <InputNumber style={{ width: '100%' }} precision={2} min={0} suffix={t('unit.yuan')} />;
      case 'bool':
        return <Select allowClear options={[{ value: true, label: t('common.yes') }, { value: false, label: t('common.no') }]} />;
      case 'enum':
        return <Select allowClear showSearch options={(f.options ?? []).map((o) => ({ value: o, label: o }))} />;
      default:
        if (f.key === 'office' && ownOffice) return <Input disabled />;
        {
          // office and committee are picked from the unit's lists (no free text that splits the statistics)
          const list = listFor(f.key, masterData);
          if (list) return <Select allowClear showSearch options={list.map((o) => ({ value: o, label: o }))} />;
        }
        return <Input placeholder={placeholder} autoComplete="off" prefix={f.personal ? <LockOutlined style={{ color: '#bfbfbf' }} /> : undefined} />;
    }
  };

  const rules = (f: TFieldInfo) => {
    const out: Array<{ required?: boolean; message?: string; validator?: (rule: unknown, value: FormValue) => Promise<void> }> = [];
    if (f.required && !blankPersonal(f)) out.push({ required: true, message: t('registers.required', { label: fieldLabel(f, lang) }) });
    if (f.personal && /身份证/.test(f.label)) {
      out.push({
        validator: async (_, value) => {
          if (typeof value === 'string' && value.trim() !== '' && !isValidIdNumber(value.trim())) throw new Error(t('registers.badIdNumber'));
        },
      });
    }
    return out;
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={editing ? t('registers.editTitle', { sheet: sheetName(sheet, lang) }) : t('registers.createTitle', { sheet: sheetName(sheet, lang) })}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="record-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} data-testid="record-error" />}
      {ownOffice && <Typography.Paragraph type="secondary">{t('registers.officeFilled', { office: ownOffice })}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={() => void submit()} style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 16 }}>
        {sheet.fields.map((f) => (
          <Form.Item
            key={f.key}
            name={f.key}
            label={fieldLabel(f, lang)}
            rules={rules(f)}
            tooltip={f.personal ? t('registers.personalHint') : f.type === 'text' || f.type === 'money' ? fieldHint(f, lang) : undefined}
            style={f.key === 'office' || (f.type === 'text' && !f.personal && !f.search && !f.required) ? { gridColumn: '1 / -1' } : undefined}
          >
            {input(f)}
          </Form.Item>
        ))}
      </Form>
    </Drawer>
  );
}
