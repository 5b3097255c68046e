import { CELL_LABEL, indicatorFinding } from '../finding.js';
import { bracketsBalanced, compact } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * A cell whose brackets do not close — almost always a name cut off by the form's column width
 * (基层法律服务工作者执业核准率( ). The description is often a copy of the name typed in full; when it
 * starts with the truncated text and is itself complete, it is the intended text and can be offered as
 * a one-click fix. The same works the other way round for a truncated description.
 */
export const unbalancedBrackets: TReviewRule = {
  id: 'unbalanced-brackets',
  criterion: '规范性',
  title: '括号不完整（内容被截断）',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        const cells = { name: ind.name.trim(), description: ind.description.trim(), target: ind.target.raw.trim() };
        for (const field of ['name', 'description', 'target'] as const) {
          const text = cells[field];
          if (text === '' || bracketsBalanced(text)) continue;
          const other = field === 'name' ? cells.description : field === 'description' ? cells.name : '';
          // Compared width-folded: a name typed with "(" may be completed by a description typed with "（".
          const completes =
            other !== '' && compact(other).length > compact(text).length && compact(other).startsWith(compact(text)) &&
            bracketsBalanced(other);
          const subject = CELL_LABEL[field];
          if (completes) {
            const otherLabel = field === 'name' ? CELL_LABEL.description : CELL_LABEL.name;
            out.push(
              indicatorFinding(unbalancedBrackets, project, index, {
                severity: 'warning',
                field,
                message: `${subject}“${text}”括号不完整，内容像是被截断了；${otherLabel}中写作“${other}”。`,
                suggestion: `将${subject}补全为“${other}”。`,
                fix: { field, value: other },
              }),
            );
          } else {
            out.push(
              indicatorFinding(unbalancedBrackets, project, index, {
                severity: 'warning',
                field,
                message: `${subject}“${text}”括号不成对，内容可能被截断或多打了括号。`,
                suggestion: '补全括号内的内容（通常是计量单位，如“（件）”“（%）”），或删去多余的括号。',
              }),
            );
          }
        }
      });
    }
    return out;
  },
};
