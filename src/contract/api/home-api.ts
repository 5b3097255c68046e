import { z } from 'zod';
import type { LocalizedText } from '../../core/errors.js';

/** The home page: what needs the signed-in user now, each item linking to where it is done. */

export const HOME_ITEM_KINDS = ['valuesToEnter', 'valuesToApprove', 'reportDue', 'reportReturned', 'reportToApprove', 'deadlinesOverdue', 'redLights', 'measuresOverdue', 'alarmsEscalated', 'zeroReportsMissing', 'sensitivePeriod', 'approvalsWaiting', 'zeroReportDue', 'locationRenewal'] as const;

export const ZHomeItem = z.object({
  kind: z.enum(HOME_ITEM_KINDS),
  count: z.number().int(),
  title: z.string().meta({ description: 'what to do, in the language the request asks for (Accept-Language)' }),
  detail: z.string().nullable(),
  /** web path of the page where it is done */
  link: z.string(),
});
export type THomeItem = z.infer<typeof ZHomeItem>;

export const ZHome = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    asOf: z.string().meta({ description: 'today, or the year’s last day once the year is over' }),
    items: z.array(ZHomeItem),
  })
  .meta({ id: 'Home' });
export type THome = z.infer<typeof ZHome>;

/** A home item as the use-cases build it: its words in both languages; the route answers in the one asked for. */
export type THomeItemText = Omit<THomeItem, 'title' | 'detail'> & { title: LocalizedText; detail: LocalizedText | null };
