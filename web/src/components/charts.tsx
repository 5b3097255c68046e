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

export function HorizontalBars({ bars, format, height = 22, title }: { bars: Bar[]; format: (v: number) => string; height?: number; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labelWidth = 210;
  const width = 640;
  const barArea = width - labelWidth - 90;
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
              {format(bar.value)}
              {bar.note ? ` ${bar.note}` : ''}
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
  /** day of year, 0-based */
  day: number;
  value: number;
}

/**
 * Cumulative plan (a step function) against actual (a line), both in percent of budget over the year.
 * Used by the spending pages.
 */
export function StepVsLine({ steps, line, daysInYear, title, today }: { steps: StepPoint[]; line: StepPoint[]; daysInYear: number; title: string; today?: number }) {
  const W = 640;
  const H = 220;
  const pad = { l: 36, r: 12, t: 10, b: 24 };
  const x = (day: number) => pad.l + (day / daysInYear) * (W - pad.l - pad.r);
  const maxY = Math.max(100, ...line.map((p) => p.value), ...steps.map((p) => p.value));
  const y = (v: number) => H - pad.b - (v / maxY) * (H - pad.t - pad.b);
  let stepPath = `M ${x(0)} ${y(0)}`;
  let current = 0;
  for (const s of steps) {
    stepPath += ` L ${x(s.day)} ${y(current)} L ${x(s.day)} ${y(s.value)}`;
    current = s.value;
  }
  stepPath += ` L ${x(daysInYear)} ${y(current)}`;
  const linePath = line.map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(p.day)} ${y(p.value)}`).join(' ');
  const months = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title}>
      <title>{title}</title>
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} stroke="#eee" />
          <text x={pad.l - 4} y={y(v) + 4} fontSize="10" textAnchor="end" fill="#888">
            {v}%
          </text>
        </g>
      ))}
      {months.map((d, i) => (
        <text key={i} x={x(d) + 2} y={H - 8} fontSize="10" fill="#888">
          {i + 1}月
        </text>
      ))}
      <path d={stepPath} fill="none" stroke="#faad14" strokeWidth="2" strokeDasharray="5 3" />
      {line.length > 0 && <path d={linePath} fill="none" stroke="#1677ff" strokeWidth="2.5" />}
      {today !== undefined && <line x1={x(today)} x2={x(today)} y1={pad.t} y2={H - pad.b} stroke="#ff4d4f" strokeDasharray="2 2" />}
    </svg>
  );
}
