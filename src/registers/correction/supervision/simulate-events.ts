import type { TVendorEvent } from '../../../contract/api/correction-api.js';
import { ALARM_KINDS, type TAlarmKind } from '../../../core/correction/alarms.js';
import { seededRandom } from '../../../core/prng.js';

/**
 * The vendor simulator (tests, the demo, the bench): events as a monitoring platform sends them, for
 * the given people, spread over [from, to) — deterministic for a seed. Event ids are `sim-<seed>-<n>`,
 * so sending the same simulation twice makes no new alarm.
 */
export function simulateEvents(o: { personIds: readonly number[]; count: number; from: string; to: string; seed: number; kind?: TAlarmKind }): TVendorEvent[] {
  const random = seededRandom(o.seed);
  const start = Date.parse(o.from);
  const span = Math.max(1, Date.parse(o.to) - start);
  const out: TVendorEvent[] = [];
  for (let n = 0; n < o.count; n++) {
    const kind = o.kind ?? ALARM_KINDS[Math.floor(random() * ALARM_KINDS.length)]!;
    out.push({
      eventId: `sim-${o.seed}-${n}`,
      personId: o.personIds[Math.floor(random() * o.personIds.length)]!,
      kind,
      occurredAt: new Date(start + Math.floor(random() * span)).toISOString(),
      // around 乐亭县 (39.4 N, 118.9 E)
      lat: Math.round((39.3 + random() * 0.3) * 1e5) / 1e5,
      lng: Math.round((118.8 + random() * 0.4) * 1e5) / 1e5,
    });
  }
  return out;
}
