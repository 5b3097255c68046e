import type { TReviewRule } from '../types.js';
import { budgetNotPositive } from './budget-not-positive.js';
import { costNotAmount } from './cost-not-amount.js';
import { deadlineNotSpecific } from './deadline-not-specific.js';
import { duplicateIndicator } from './duplicate-indicator.js';
import { duplicateOutput } from './duplicate-output.js';
import { duplicateProjectCode } from './duplicate-project-code.js';
import { duplicateProjectName } from './duplicate-project-name.js';
import { emptyIndicatorField } from './empty-indicator-field.js';
import { fundSourcesMismatch } from './fund-sources-mismatch.js';
import { indicatorOffPurpose } from './indicator-off-purpose.js';
import { librarySpelling } from './library-spelling.js';
import { lineBreakInCell } from './line-break-in-cell.js';
import { missingDepartmentGoals } from './missing-department-goals.js';
import { missingGoals } from './missing-goals.js';
import { missingLevel1 } from './missing-level1.js';
import { missingOutputLevel2 } from './missing-output-level2.js';
import { missingSpendingPlan } from './missing-spending-plan.js';
import { nameDescriptionMismatch } from './name-description-mismatch.js';
import { probableTypo } from './probable-typo.js';
import { quantityNotNumber } from './quantity-not-number.js';
import { rateOver100 } from './rate-over-100.js';
import { spendingPlanInconsistent } from './spending-plan-inconsistent.js';
import { strayCharacter } from './stray-character.js';
import { targetBelowLastYear } from './target-below-last-year.js';
import { unbalancedBrackets } from './unbalanced-brackets.js';
import { uncoveredCommitment } from './uncovered-commitment.js';
import { unitInWords } from './unit-in-words.js';
import { unitMismatch } from './unit-mismatch.js';
import { vagueTarget } from './vague-target.js';

/** Every rule, grouped by criterion in the order the review sheet lists them. */
export const RULES: readonly TReviewRule[] = [
  // 完整性
  missingLevel1,
  missingOutputLevel2,
  emptyIndicatorField,
  missingGoals,
  missingSpendingPlan,
  budgetNotPositive,
  missingDepartmentGoals,
  // 规范性
  unitInWords,
  unbalancedBrackets,
  strayCharacter,
  lineBreakInCell,
  probableTypo,
  librarySpelling,
  // 可衡量性
  quantityNotNumber,
  costNotAmount,
  vagueTarget,
  deadlineNotSpecific,
  // 一致性
  nameDescriptionMismatch,
  rateOver100,
  unitMismatch,
  spendingPlanInconsistent,
  fundSourcesMismatch,
  // 相关性
  indicatorOffPurpose,
  targetBelowLastYear,
  // 重复
  duplicateProjectName,
  duplicateProjectCode,
  duplicateOutput,
  duplicateIndicator,
  // 覆盖
  uncoveredCommitment,
];
