import type { TBand, TScoringScheme } from '../../contract/scoring-scheme.js';

/** 财预〔2020〕10号: the scheme a unit's year starts with. */
export const DEFAULT_SCHEME: TScoringScheme = {
  categoryWeights: { execution: 10, output: 50, benefit: 30, satisfaction: 10 },
  indicatorWeights: {},
  lowerIsBetter: 'linear-to-double',
  bands: { achieved: { from: 80, to: 100 }, partial: { from: 60, to: 80 }, notAchieved: { from: 0, to: 60 } },
  rounding: 'round-2',
  executionCap: null,
  overshootDeduction: null,
};

/** The band set many provinces print instead: 100–80 / 80–50 / 50–0. */
export const WIDE_BANDS: TScoringScheme['bands'] = { achieved: { from: 80, to: 100 }, partial: { from: 50, to: 80 }, notAchieved: { from: 0, to: 50 } };

export const BAND_LABEL: Record<TBand, { zh: string; en: string }> = {
  achieved: { zh: '达成', en: 'achieved' },
  partial: { zh: '部分达成', en: 'partly achieved' },
  notAchieved: { zh: '未达成', en: 'not achieved' },
};

/** The assessment words stored with a value (core/indicator-progress ASSESSMENTS) → band keys. */
export const BAND_OF_ASSESSMENT: Record<string, TBand> = { 达成: 'achieved', 部分达成: 'partial', 未达成: 'notAchieved' };

export type TCategory = 'output' | 'benefit' | 'satisfaction';

export const CATEGORY_LABEL: Record<TCategory | 'execution', string> = { execution: '预算执行率', output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' };

/** The scoring category of a 一级指标: 成本指标 (newer forms put it at level 1) scores with 产出, as in the older framework. */
export function categoryOf(level1: string): TCategory {
  if (level1.includes('满意')) return 'satisfaction';
  if (level1.includes('效益')) return 'benefit';
  return 'output';
}

/** Scores as the scheme prints them: rounded to 2 decimals, or cut to 1 decimal. */
export function roundScore(x: number, rounding: TScoringScheme['rounding']): number {
  // the epsilon keeps 12.5 × 0.93 = 11.625 from printing as 11.62 through binary noise
  if (rounding === 'cut-1') return Math.floor(x * 10 + 1e-7) / 10;
  return Math.round(x * 100 + 1e-7) / 100;
}

export type TGrade = '优' | '良' | '中' | '差';

/** 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60. */
export function gradeOf(total: number): TGrade {
  if (total >= 90) return '优';
  if (total >= 80) return '良';
  if (total >= 60) return '中';
  return '差';
}
