import { z } from 'zod';

/**
 * One change between two versions of a goal book: what an import will create or change (the preview)
 * and what a revision records (the history). `before`/`after` hold the field's values as JSON.
 */
export const ZGoalBookChange = z
  .object({
    op: z.enum(['create', 'update', 'delete']),
    entity: z.enum(['unit', 'departmentGoals', 'project', 'indicator']),
    projectCode: z.string().optional().meta({ description: 'absent for the unit and department goals' }),
    projectName: z.string().optional(),
    indicator: z.string().optional().meta({ description: "the indicator's name as written" }),
    field: z.string().optional().meta({ description: 'the changed field for updates, e.g. budget.total or target' }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'GoalBookChange' });
export type TGoalBookChange = z.infer<typeof ZGoalBookChange>;

export const ZGoalBookDiff = z
  .object({
    isNew: z.boolean().meta({ description: 'no goal book is stored yet for this unit and year' }),
    changes: z.array(ZGoalBookChange),
    counts: z.object({
      projectsCreated: z.number().int(),
      projectsChanged: z.number().int(),
      projectsRemoved: z.number().int(),
      indicatorsCreated: z.number().int(),
      indicatorsChanged: z.number().int(),
      indicatorsRemoved: z.number().int(),
      departmentGoalsChanged: z.boolean(),
    }),
    summary: z.string().meta({ description: 'one Chinese sentence, e.g. 新建 12 个项目、84 个指标' }),
  })
  .meta({ id: 'GoalBookDiff' });
export type TGoalBookDiff = z.infer<typeof ZGoalBookDiff>;
