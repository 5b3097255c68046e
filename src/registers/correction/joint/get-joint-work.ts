import { itemClock } from '../../../core/correction/joint-work.js';
import type { TJointWork } from '../../../contract/api/correction-work-api.js';
import { assertMayRead, officeOf } from '../../framework/access.js';
import type { RecordContext } from '../../framework/context.js';
import { peopleSheet } from '../index.js';
import { readJointWorkSettings } from '../work-settings.js';
import { listInspections, listOpinions, listRectifications } from './joint.repository.js';

type Context = Omit<RecordContext, 'sheet' | 'cipher' | 'actor'>;

/**
 * The year's joint inspections with their rectification items, and the procuratorate's 纠正意见 with the
 * answer's clock, as of a date (core/correction/joint-work.ts): what is open, due soon, overdue.
 */
export async function getJointWork(o: Context & { year: number; asOf: string }): Promise<TJointWork> {
  assertMayRead(o.viewer, peopleSheet);
  const q = { unitIds: o.scope.unitIds, from: `${o.year}-01-01`, to: `${o.year}-12-31`, office: officeOf(o.viewer) };
  const [inspections, opinions, settings] = await Promise.all([listInspections(o.db, q), listOpinions(o.db, q), readJointWorkSettings(o.db, o.scope.rootUnit.id)]);
  const items = await listRectifications(
    o.db,
    inspections.map((i) => i.id),
  );
  const withClocks = items.map((i) => ({
    id: i.id,
    inspectionId: i.inspectionId,
    item: i.item,
    owner: i.owner,
    dueOn: i.dueOn,
    doneOn: i.doneOn,
    doneNote: i.doneNote,
    clock: itemClock(i.dueOn, i.doneOn, o.asOf),
  }));
  const opinionViews = opinions.map((p) => ({
    id: p.id,
    receivedOn: p.receivedOn,
    documentNo: p.documentNo,
    content: p.content,
    office: p.office,
    answerDueOn: p.answerDueOn,
    answeredOn: p.answeredOn,
    answer: p.answer,
    clock: itemClock(p.answerDueOn, p.answeredOn, o.asOf),
  }));
  const open = (c: string) => c === 'open' || c === 'dueSoon' || c === 'overdue';
  return {
    year: o.year,
    asOf: o.asOf,
    inspections: inspections.map((i) => ({
      id: i.id,
      heldOn: i.heldOn,
      kind: i.kind,
      partners: i.partners,
      findings: i.findings,
      office: i.office,
      createdByName: i.createdByName,
      items: withClocks.filter((r) => r.inspectionId === i.id).map(({ inspectionId: _, ...r }) => r),
    })),
    opinions: opinionViews,
    counts: {
      itemsOpen: withClocks.filter((r) => open(r.clock)).length,
      itemsOverdue: withClocks.filter((r) => r.clock === 'overdue').length,
      opinionsOpen: opinionViews.filter((r) => open(r.clock)).length,
      opinionsOverdue: opinionViews.filter((r) => r.clock === 'overdue').length,
    },
    opinionAnswerDays: settings.opinionAnswerDays,
  };
}
