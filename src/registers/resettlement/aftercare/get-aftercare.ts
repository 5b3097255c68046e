import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AFTERCARE_RATE_FORMULAS, aftercareView, type TAftercarePerson } from '../../../core/correction/aftercare.js';
import { addDays } from '../../../core/deadlines.js';
import type { TAftercare } from '../../../contract/api/correction-work-api.js';
import { assertMayRead, officeOf } from '../../framework/access.js';
import { computeMetric } from '../../framework/compute-metric.js';
import type { RecordContext } from '../../framework/context.js';
import { columnsOf } from '../../framework/define.js';
import { selectRecords } from '../../framework/record.repository.js';
import { maskValue } from '../../framework/records.js';
import { readAftercareSettings } from '../../correction/work-settings.js';
import { requireMetric } from '../../registry.js';
import { peopleSheet } from '../index.js';

type Context = Omit<RecordContext, 'sheet' | 'actor'>;

const nameField = peopleSheet.fields.find((f) => f.key === 'name')!;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * 安置帮教 as of a date: every person from the release notice on whose 帮教期 touches the year (and
 * notices of releases up to 4 months ahead), with the 衔接 clocks and status by the unit's settings
 * (names masked), and the two rates — computed by the bindable metrics themselves, so the page and a
 * goal indicator bound to them show one number — with their formulas.
 */
export async function getAftercare(o: Context & { year: number; asOf: string }): Promise<TAftercare> {
  assertMayRead(o.viewer, peopleSheet);
  const settings = await readAftercareSettings(o.db, o.scope.rootUnit.id);
  const c = columnsOf(peopleSheet);
  const office = officeOf(o.viewer);
  const horizon = addDays(o.asOf, 120) > `${o.year}-12-31` ? addDays(o.asOf, 120) : `${o.year}-12-31`;
  const rows = await selectRecords(
    o.db,
    peopleSheet,
    and(
      inArray(c.unitId!, [...o.scope.unitIds]),
      isNull(c.voidedAt!),
      office === null ? sql`true` : eq(c.office!, office),
      sql`${c.releasedOn!} between ${`${o.year - Math.max(settings.prisonYears, settings.correctionYears)}-01-01`} and ${horizon}`,
    )!,
  );
  const people = rows
    .map((r) => {
      const p: TAftercarePerson = {
        releasedOn: r.releasedOn as string,
        source: str(r.source),
        noticeReceivedOn: str(r.noticeReceivedOn),
        familyNotifiedOn: str(r.familyNotifiedOn),
        returnedOn: str(r.returnedOn),
        fileOpenedOn: str(r.fileOpenedOn),
        visitedOn: str(r.visitedOn),
        resettledOn: str(r.resettledOn),
        assistedOn: str(r.assistedOn),
      };
      const v = aftercareView(p, settings, o.asOf);
      return {
        id: r.id,
        office: str(r.office),
        name: maskValue(nameField, o.cipher.decrypt(r.name as string)),
        source: p.source ?? '刑满释放',
        releasedOn: p.releasedOn,
        noticeReceivedOn: p.noticeReceivedOn,
        noticeLeadDays: v.noticeLeadDays,
        noticeLate: v.noticeLate,
        keyPerson: r.keyPerson === true,
        metAtGate: r.metAtGate === true,
        helpGroup: str(r.helpGroup),
        status: v.status,
        endsOn: v.endsOn,
        steps: v.steps,
        resettled: v.resettled,
        assisted: v.assisted,
      };
    })
    .filter((p) => p.endsOn >= `${o.year}-01-01`);
  const rate = async (key: string, f: { name: string; numerator: string; denominator: string }) => {
    const m = await computeMetric(o.db, requireMetric(key), { unitIds: o.scope.unitIds, year: o.year, asOf: o.asOf, filter: office === null ? null : { office } });
    return { name: f.name, numerator: m.numerator ?? 0, denominator: m.denominator ?? 0, rate: m.value, numeratorText: f.numerator, denominatorText: f.denominator, metricKey: key };
  };
  return {
    year: o.year,
    asOf: o.asOf,
    people,
    rates: {
      resettlement: await rate('resettlement.resettlement-rate', AFTERCARE_RATE_FORMULAS.resettlement),
      assistance: await rate('resettlement.assistance-rate', AFTERCARE_RATE_FORMULAS.assistance),
    },
    settings,
    counts: {
      awaitingRelease: people.filter((p) => p.status === 'awaitingRelease').length,
      stepsOverdue: people.filter((p) => Object.values(p.steps).some((s) => s?.status === 'overdue')).length,
      noticesLate: people.filter((p) => p.noticeLate && p.releasedOn >= `${o.year}-01-01`).length,
    },
  };
}
