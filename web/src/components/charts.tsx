/**
 * Small, dependency-free SVG charts: horizontal bars, stacked bars and a step-vs-line chart. Each
 * has a text alternative (aria-label + <title>) so the numbers are readable without the picture.
 */

export interface Bar {
  label: string;
  value: number;
  color?: string;
  note?: string;
}

const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c', '#2f54eb'];

/** About how wide a 12 px text is: a CJK character or full-width bracket a full em, anything else a little over half. */
const textWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 12 : 7), 0);

export function HorizontalBars({ bars, format, height = 22, title }: { bars: Bar[]; format: (v: number) => string; height?: number; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labelWidth = 210;
  const width = 640;
  // the longest figure-and-note must fit after the longest bar, not run past the chart's edge
  const texts = bars.map((b) => `${format(b.value)}${b.note ? ` ${b.note}` : ''}`);
  const barArea = width - labelWidth - Math.max(60, ...texts.map(textWidth)) - 12;
  return (
    <svg viewBox={`0 0 ${width} ${bars.length * (height + 8) + 4}`} width="100%" role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = i * (height + 8) + 2;
        const w = (bar.value / max) * barArea;
        return (
          <g key={i}>
            <text x={labelWidth - 8} y={y + height * 0.7} textAnchor="end" fontSize="12" fill="#333">
              {bar.label.length > 16 ? bar.label.slice(0, 15) + '…' : bar.label}
              <title>{bar.label}</title>
            </text>
            <rect x={labelWidth} y={y} width={Math.max(1, w)} height={height} rx="3" fill={bar.color ?? PALETTE[0]} />
            <text x={labelWidth + w + 6} y={y + height * 0.7} fontSize="12" fill="#333">
              {texts[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface Segment {
  label: string;
  value: number;
}

/** One stacked bar with a legend: the parts of a whole. */
export function StackedBar({ segments, title }: { segments: Segment[]; title: string }) {
  const total = segments.reduce((s, x) => s + x.value, 0) || 1;
  let x = 0;
  return (
    <div>
      <svg viewBox="0 0 600 28" width="100%" role="img" aria-label={title}>
        <title>{title}</title>
        {segments.map((s, i) => {
          const w = (s.value / total) * 600;
          const rect = <rect key={i} x={x} y={0} width={w} height={28} fill={PALETTE[i % PALETTE.length]} />;
          x += w;
          return rect;
        })}
      </svg>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginTop: 8, fontSize: 12 }}>
        {segments.map((s, i) => (
          <span key={i}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: PALETTE[i % PALETTE.length], marginRight: 4 }} />
            {s.label} {s.value}
          </span>
        ))}
      </div>
    </div>
  );
}

export interface StepPoint {
  /** days elapsed since 1 January at the end of the date (1 January = 1, 31 December = days in year); 0 = the start of the year */
  day: number;
  value: number;
  /** shown as the point's tooltip, e.g. "6月底 执行 45.90%" */
  label?: string;
}

const PLAN_COLOR = '#d48806';
const ACTUAL_COLOR = '#1677ff';
const MARKER_COLOR = '#cf1322';
const MONTH_STARTS_365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Cumulative plan (a step function) against actual (a line), both in percent of budget over the year,
 * with an optional projection to year-end and a marker at the as-of date. Used by the spending pages.
 * The text alternative (`title` + `description`) carries the figures for screen readers; points carry
 * tooltips with their values.
 */
export function StepVsLine({
  steps,
  line,
  daysInYear,
  title,
  description,
  today,
  todayLabel,
  projection,
  monthStarts = MONTH_STARTS_365,
  height = 240,
  legend,
  monthLabels,
}: {
  steps: StepPoint[];
  line: StepPoint[];
  daysInYear: number;
  title: string;
  description?: string;
  today?: number;
  todayLabel?: string;
  /** dashed continuation of the actual line, e.g. from as-of to the year-end projection */
  projection?: StepPoint[];
  /** day offsets at which months start (leap years differ) */
  monthStarts?: number[];
  height?: number;
  legend?: { plan: string; actual: string; projection?: string };
  /** twelve labels under the months; "1月" … "12月" by default */
  monthLabels?: string[];
}) {
  const W = 640;
  const H = height;
  // the top margin holds the as-of label above the plot, clear of the plan's 100% label
  const pad = { l: 40, r: 44, t: 28, b: 24 };
  const x = (day: number) => pad.l + (day / daysInYear) * (W - pad.l - pad.r);
  const highest = Math.max(100, ...line.map((p) => p.value), ...steps.map((p) => p.value), ...(projection ?? []).map((p) => p.value));
  const maxY = Math.ceil(highest / 25) * 25;
  const y = (v: number) => H - pad.b - (v / maxY) * (H - pad.t - pad.b);
  let stepPath = `M ${x(0)} ${y(0)}`;
  let current = 0;
  for (const s of steps) {
    stepPath += ` L ${x(s.day)} ${y(current)} L ${x(s.day)} ${y(s.value)}`;
    current = s.value;
  }
  stepPath += ` L ${x(daysInYear)} ${y(current)}`;
  const pathOf = (points: StepPoint[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(p.day)} ${y(p.value)}`).join(' ');
  const ticks = Array.from({ length: maxY / 25 + 1 }, (_, i) => i * 25);
  const last = line[line.length - 1];
  const pct = (v: number) => `${Number(v.toFixed(1))}%`;
  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={description ? `${title}：${description}` : title}>
        <title>{title}</title>
        {description && <desc>{description}</desc>}
        {ticks.map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} stroke={v === 100 ? '#d9d9d9' : '#f0f0f0'} />
            <text x={pad.l - 6} y={y(v) + 4} fontSize="12" textAnchor="end" fill="#8c8c8c">
              {v}%
            </text>
          </g>
        ))}
        {monthStarts.map((d, i) => (
          <g key={i}>
            {i > 0 && <line x1={x(d)} x2={x(d)} y1={H - pad.b} y2={H - pad.b + 4} stroke="#bfbfbf" />}
            <text x={(x(d) + x(monthStarts[i + 1] ?? daysInYear)) / 2} y={H - 6} fontSize="12" fill="#8c8c8c" textAnchor="middle">
              {monthLabels?.[i] ?? `${i + 1}月`}
            </text>
          </g>
        ))}
        <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} stroke="#bfbfbf" />
        <path d={stepPath} fill="none" stroke={PLAN_COLOR} strokeWidth="2" strokeDasharray="6 3" />
        {steps.map((s, i) => (
          <g key={i}>
            <circle cx={x(s.day)} cy={y(s.value)} r="3" fill={PLAN_COLOR}>
              <title>{s.label ?? pct(s.value)}</title>
            </circle>
            <text x={x(s.day) - 4} y={y(s.value) - 5} fontSize="11" fill={PLAN_COLOR} textAnchor="end">
              {pct(s.value)}
            </text>
          </g>
        ))}
        {projection && projection.length > 1 && <path d={pathOf(projection)} fill="none" stroke={ACTUAL_COLOR} strokeOpacity="0.55" strokeWidth="1.5" strokeDasharray="2 3" />}
        {line.length > 0 && <path d={pathOf(line)} fill="none" stroke={ACTUAL_COLOR} strokeWidth="2.5" strokeLinejoin="round" />}
        {line.map((p, i) =>
          i === 0 && p.value === 0 ? null : (
            <circle key={i} cx={x(p.day)} cy={y(p.value)} r={i === line.length - 1 ? 4 : 2.5} fill="#fff" stroke={ACTUAL_COLOR} strokeWidth="2">
              <title>{p.label ?? pct(p.value)}</title>
            </circle>
          ),
        )}
        {last && (
          <text x={x(last.day) + 7} y={y(last.value) + 4} fontSize="12" fontWeight="600" fill={ACTUAL_COLOR}>
            {pct(last.value)}
          </text>
        )}
        {today !== undefined && (
          <g>
            <line x1={x(today)} x2={x(today)} y1={todayLabel ? 14 : pad.t} y2={H - pad.b} stroke={MARKER_COLOR} strokeDasharray="3 3" />
            {todayLabel && (
              <text x={x(today)} y={12} fontSize="11" fill={MARKER_COLOR} textAnchor={today > daysInYear * 0.85 ? 'end' : 'middle'}>
                {todayLabel}
              </text>
            )}
          </g>
        )}
      </svg>
      {legend && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, fontSize: 12, color: '#595959', paddingLeft: 40 }}>
          <span>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={PLAN_COLOR} strokeWidth="2" strokeDasharray="6 3" />
            </svg>{' '}
            {legend.plan}
          </span>
          <span>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={ACTUAL_COLOR} strokeWidth="2.5" />
            </svg>{' '}
            {legend.actual}
          </span>
          {legend.projection && projection && projection.length > 1 && (
            <span>
              <svg width="22" height="8" aria-hidden="true">
                <line x1="0" x2="22" y1="4" y2="4" stroke={ACTUAL_COLOR} strokeOpacity="0.55" strokeWidth="1.5" strokeDasharray="2 3" />
              </svg>{' '}
              {legend.projection}
            </span>
          )}
          {today !== undefined && todayLabel && (
            <span>
              <svg width="12" height="10" aria-hidden="true">
                <line x1="6" x2="6" y1="0" y2="10" stroke={MARKER_COLOR} strokeDasharray="3 2" />
              </svg>{' '}
              {todayLabel}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
