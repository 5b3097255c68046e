import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { TExecution } from '../../../../src/contract/api/spending-api';

const COLOR = { red: 'red', yellow: 'gold', green: 'green' } as const;
const DOT = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' } as const;

/** A light as a coloured tag with its name, so it reads without colour too. */
export function LightTag({ light }: { light: TExecution['light'] }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOR[light]} style={{ marginInlineEnd: 0 }} data-light={light}>
      <span style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: DOT[light], marginInlineEnd: 4, verticalAlign: 'baseline' }} />
      {t(`spending.light.${light}`)}
    </Tag>
  );
}
