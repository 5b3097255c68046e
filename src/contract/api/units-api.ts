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

export const ZUnitList = z.array(ZUnitListItem).meta({ id: 'UnitList' });

/** A unit of the tree (主管部门 → 下属单位), parents before their children, with its master-data lists. */
export const ZUnitTreeItem = z
  .object({ code: z.string(), name: z.string(), parentCode: z.string().nullable(), depth: z.number().int(), offices: z.array(z.string()), committees: z.array(z.string()) })
  .meta({ id: 'UnitTreeItem' });
export const ZUnitTree = z.array(ZUnitTreeItem).meta({ id: 'UnitTree' });
export type TUnitTreeItem = z.infer<typeof ZUnitTreeItem>;

export const ZUnitCreateBody = z.object({
  code: z.string().trim().min(1, '请填写单位编码').max(40),
  name: z.string().trim().min(1, '请填写单位名称').max(100),
  parentCode: z.string().trim().max(40).nullable().optional(),
});
