import { Empty, Segmented, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useEndpoint } from '../../api/use-endpoint';
import { useUnitYear } from '../../app/unit-year';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { RegisterList } from './register-list';
import { kindName, sheetName } from './sheet-text';

/**
 * 业务台账: a picker of registers (kinds) and their sheets, and the chosen sheet's records. Everything
 * below the picker is generated from the sheet metadata of GET /api/registers.
 */
export default function RegistersPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { kind, sheet: sheetId } = useParams();
  const navigate = useNavigate();
  const { base } = useUnitYear();
  const sheets = useEndpoint('GET /api/registers', {});

  if (sheets.error) return <ErrorAlert error={sheets.error} onRetry={sheets.reload} />;
  if (!sheets.data) return <Skeleton active />;
  // only the registers the API lets this user read (a 业务科室 keeps some of them)
  const all = sheets.data.filter((s) => s.readable);
  if (all.length === 0) return <Empty description={t('registers.noneReadable')} />;

  if (!kind || !sheetId) {
    // a 业务科室 starts in the first register it keeps
    const first = all.find((s) => user?.sections.includes(s.kind)) ?? all[0]!;
    return <Navigate to={`${base}/registers/${first.kind}/${first.id}`} replace />;
  }
  const sheet = all.find((s) => s.kind === kind && s.id === sheetId);
  const kinds = [...new Map(all.map((s) => [s.kind, { kind: s.kind, name: kindName(s, lang), writable: all.some((x) => x.kind === s.kind && x.writable) }])).values()];
  const ofKind = all.filter((s) => s.kind === kind);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('menu.registers')}
        </Typography.Title>
        {user?.role === 'office' && user.office && (
          <Tag color="geekblue" style={{ fontSize: 14, padding: '2px 10px' }} data-testid="office-scope">
            {t('registers.officeScope', { office: user.office })}
          </Tag>
        )}
      </Space>
      <Tabs
        activeKey={kind}
        onChange={(next) => {
          const target = all.find((s) => s.kind === next);
          if (target) void navigate(`${base}/registers/${target.kind}/${target.id}`);
        }}
        items={kinds.map((k) => ({
          key: k.kind,
          label: (
            <span>
              {k.name}
              {k.writable && <EditOutlined style={{ marginInlineStart: 4, color: '#1677ff' }} title={t('registers.writable')} />}
            </span>
          ),
        }))}
        style={{ marginBottom: 0 }}
      />
      {ofKind.length > 1 && (
        <Segmented
          value={sheetId}
          onChange={(next) => navigate(`${base}/registers/${kind}/${String(next)}`)}
          options={ofKind.map((s) => ({ value: s.id, label: sheetName(s, lang) }))}
        />
      )}
      {sheet ? <RegisterList key={`${sheet.kind}/${sheet.id}`} sheet={sheet} /> : <Empty description={t('registers.noSheet')} />}
    </Space>
  );
}
