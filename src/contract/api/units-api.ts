import { z } from 'zod';

/** A unit the signed-in user may read, with the years that have a goal book (the unit picker). */
export const ZUnitListItem = z.object({ code: z.string(), name: z.string(), years: z.array(z.number().int()) }).meta({ id: 'UnitListItem' });
export type TUnitListItem = z.infer<typeof ZUnitListItem>;
