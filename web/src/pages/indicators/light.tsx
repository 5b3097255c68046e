import { Tag, Tooltip } from 'antd';
import type { TIndicatorProgress } from '../../../../src/contract/api/registers-api';
import type { TLight } from '../../../../src/core/indicator-progress';
import { useI18n } from '../../i18n/i18n';

/** The monitoring lights of domain.md §4 in the colours people expect from the paper reports. */
export const LIGHT_COLOR: Record<TLight, string> = { red: '#f5222d', yellow: '#faad14', green: '#52c41a', blue: '#1677ff' };
export const LIGHT_ORDER: Array<TLight | 'none'> = ['red', 'yellow', 'green', 'blue', 'none'];

export function LightDot({ light, size = 10 }: { light: TLight | null; size?: number }) {
  return <span aria-hidden style={{ display: 'inline-block', width: size, height: size, borderRadius: '50%', background: light ? LIGHT_COLOR[light] : '#d9d9d9', marginInlineEnd: 6, verticalAlign: 'middle' }} />;
}

export function LightTag({ indicator }: { indicator: TIndicatorProgress }) {
  const { t } = useI18n();
  const light = indicator.light;
  if (!light) {
    const why = indicator.direction === 'qualitative' ? t('indicators.noLightQualitative') : t('indicators.noLightNoActual');
    return (
      <Tooltip title={why}>
        <Tag data-light="none">{t('indicators.light.none')}</Tag>
      </Tooltip>
    );
  }
  return (
    <Tag variant="solid" color={LIGHT_COLOR[light]} data-light={light} style={light === 'yellow' ? { color: '#3d2300' } : undefined}>
      {t(`indicators.light.${light}`)}
    </Tag>
  );
}

/** A number without trailing noise: 56.28, 1150, 77.5. */
export const num = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100));

/** The unit figures of an indicator are shown in: % for rates, else the target's unit (件, 人, 场 …). */
export function unitOf(i: Pick<TIndicatorProgress, 'numerator' | 'targetUnit'>): string {
  if (i.numerator !== null || i.targetUnit === '%' || i.targetUnit === '百分比') return '%';
  return i.targetUnit ?? '';
}

export const withUnit = (v: number | null, unit: string) => (v === null ? '—' : `${num(v)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`);
