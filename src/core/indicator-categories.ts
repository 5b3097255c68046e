/** 共性指标框架: the level-1 categories an indicator may have (newer forms add 成本指标 as its own). */
export const LEVEL1_CATEGORIES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;

/** The expected sub-categories under each category (older forms say 环境效益 for 生态效益). */
export const LEVEL2_BY_LEVEL1: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};
