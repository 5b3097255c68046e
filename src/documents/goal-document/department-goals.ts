import type { TDepartmentGoals, TTitledItem } from '../../contract/goal-book.js';
import type { ParagraphBlock } from '../blocks.js';

export type DepartmentSection = 'overall' | 'areas' | 'safeguards';

/** "一、总体绩效目标" → overall; headings are found by their words, not their numbering. */
export function departmentSectionOf(text: string): DepartmentSection | undefined {
  const s = text.replace(/\s+/g, '');
  if (!/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?/.test(s)) return undefined;
  const body = s.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/, '');
  if (/^(?:部门)?总体(?:绩效)?目标$/.test(body)) return 'overall';
  if (/^(?:分项|分领域|具体)(?:绩效)?目标$/.test(body)) return 'areas';
  if (/^(?:工作)?保障措施$/.test(body)) return 'safeguards';
  return undefined;
}

const ITEM_NUMBER = /^\s*(?:[（(]\s*\d+\s*[)）]\s*[.．、]?|\d+\s*[.．、](?!\d))\s*/u;

/** Splits "(1).普法宣传：进一步推进…" into number-less text. */
export function stripItemNumber(text: string): { numbered: boolean; text: string } {
  const m = ITEM_NUMBER.exec(text);
  return m ? { numbered: true, text: text.slice(m[0].length) } : { numbered: false, text };
}

/** "普法宣传：进一步推进…" → title 普法宣传. Only a short lead phrase counts as a title. */
export function splitTitle(text: string): TTitledItem {
  const m = /^([^：:，,。；;]{1,20})[：:]\s*([\s\S]*)$/u.exec(text);
  return m ? { title: m[1]!.trim(), text: m[2]! } : { title: '', text };
}

/** Accumulates the paragraphs of 第一部分 into the department goals. */
export class DepartmentGoalsReader {
  private section: DepartmentSection | undefined;
  private readonly summary: string[] = [];
  private readonly items: Record<DepartmentSection, string[]> = { overall: [], areas: [], safeguards: [] };

  enter(section: DepartmentSection): void {
    this.section = section;
  }

  get active(): boolean {
    return this.section !== undefined;
  }

  leave(): void {
    this.section = undefined;
  }

  add(paragraph: ParagraphBlock): void {
    const section = this.section;
    if (!section) return;
    const { numbered, text } = paragraph.listItem ? { numbered: true, text: paragraph.text } : stripItemNumber(paragraph.text);
    const items = this.items[section];
    if (numbered) items.push(text.trim());
    else if (items.length > 0) items[items.length - 1] += '\n' + text.trim();
    else if (section === 'overall') this.summary.push(text.trim());
    else items.push(text.trim());
  }

  result(): TDepartmentGoals {
    // keys in the schema's order (see ZDepartmentGoals) so JSON read back serialises identically
    return {
      ...(this.summary.length > 0 ? { summary: this.summary.join('\n') } : {}),
      overall: this.items.overall,
      areas: this.items.areas.map(splitTitle),
      safeguards: this.items.safeguards.map(splitTitle),
    };
  }
}
