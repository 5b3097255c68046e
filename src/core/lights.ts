/**
 * Traffic lights: one vocabulary for indicator progress (core/indicator-progress.ts: red, yellow,
 * green, and blue above 120% of what was expected) and budget execution (core/spending/execution.ts:
 * red, yellow, green against the unit's thresholds — it has no blue).
 */
export const LIGHTS = ['red', 'yellow', 'green', 'blue'] as const;
export type TLight = (typeof LIGHTS)[number];
export const LIGHT_LABEL: Record<TLight, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' };

export const EXECUTION_LIGHTS = ['red', 'yellow', 'green'] as const satisfies readonly TLight[];
export type TExecutionLight = (typeof EXECUTION_LIGHTS)[number];
