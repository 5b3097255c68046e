import { z } from 'zod';

/** A unit the signed-in user may read, with the years that have a goal book (the unit picker). */
export const ZUnitListItem = z.object({ code: z.string(), name: z.string(), years: z.array(z.number().int()) }).meta({ id: 'UnitListItem' });
export type TUnitListItem = z.infer<typeof ZUnitListItem>;

/** A unit's master-data lists: its 司法所 and its 人民调解委员会 (forms pick from them, imports match them). */
export const ZUnitMasterData = z.object({ offices: z.array(z.string()), committees: z.array(z.string()) }).meta({ id: 'UnitMasterData' });
export type TUnitMasterData = z.infer<typeof ZUnitMasterData>;

export const ZUnitOfficeBody = z.object({
  kind: z.enum(['office', 'committee']).default('office'),
  name: z.string().trim().min(1, '请填写名称').max(60),
});
