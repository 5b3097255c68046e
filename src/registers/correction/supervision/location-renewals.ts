import type { THomeItemText } from '../../../contract/api/home-api.js';
import { locationTerm } from '../../../core/correction/clocks.js';
import type { Executor } from '../../../db/client.js';
import { listApprovals } from './approval.repository.js';
import { readCorrectionSettings } from './correction-settings.js';

/**
 * 电子定位 terms to assess for renewal: approved terms inside their reminder window (the setting's days
 * before the last day) and not yet followed by a later 电子定位 request for the same person (a
 * renewal submitted or approved). Ends first.
 */
export async function locationTermsToRenew(exec: Executor, o: { rootUnitId: number; unitIds: readonly number[]; offices: readonly string[] | null; today: string }) {
  const [settings, rows] = await Promise.all([readCorrectionSettings(exec, o.rootUnitId), listApprovals(exec, { unitIds: o.unitIds, offices: o.offices, states: ['approved', 'submitted'], kinds: ['电子定位'], limit: 5000 })]);
  const latestFrom = new Map<number, string>();
  for (const { approval: a } of rows) if ((latestFrom.get(a.personId) ?? '') < a.fromOn) latestFrom.set(a.personId, a.fromOn);
  const due: Array<{ id: number; office: string | null; personId: number; to: string }> = [];
  for (const { approval: a } of rows) {
    if (a.state !== 'approved' || latestFrom.get(a.personId) !== a.fromOn) continue;
    const d = a.details as { months?: number; conditions?: string[] };
    const term = locationTerm({ from: a.fromOn, months: Number(d.months ?? 0), conditions: d.conditions ?? [], asOf: o.today }, settings);
    if (term.status === '待续期评估') due.push({ id: a.id, office: a.office, personId: a.personId, to: term.to });
  }
  return due.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.id - b.id));
}

/** The home item: terms ending soon, by office and last day (no names: the home page is read over shoulders). */
export function locationRenewalItem(terms: ReadonlyArray<{ office: string | null; to: string }>, link: string): THomeItemText | null {
  if (terms.length === 0) return null;
  const list = (sep: string, word: string) => terms.map((x) => `${x.office ?? ''} ${x.to}${word}`).join(sep);
  return {
    kind: 'locationRenewal',
    count: terms.length,
    title: { zh: `${terms.length} 个电子定位期限即将届满，请评估是否续期`, en: `${terms.length} electronic-location term(s) end soon: assess renewal` },
    detail: { zh: list('、', ' 届满'), en: list(', ', ' ends') },
    link,
  };
}
