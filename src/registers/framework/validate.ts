import { z } from 'zod';
import { DomainError } from '../../core/errors.js';
import type { FieldProblem, RecordValues, SheetDef } from './define.js';
import { zodOfField } from './fields.js';

/**
 * One record's validation, the same for an API body and an imported row: each field through its zod
 * schema (coercion and Chinese messages from fields.ts), then the sheet's rules across fields.
 */

const schemas = new Map<string, z.ZodType<RecordValues>>();

export function recordSchema(sheet: SheetDef, partial: boolean): z.ZodType<RecordValues> {
  const key = `${sheet.kind}/${sheet.id}/${partial}`;
  let schema = schemas.get(key);
  if (!schema) {
    const shape = Object.fromEntries(sheet.fields.map((f) => [f.key, partial ? zodOfField(f).optional() : zodOfField(f)]));
    schema = z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `${sheet.name}没有这些字段：${issue.keys.join('、')}` : undefined) }) as unknown as z.ZodType<RecordValues>;
    schemas.set(key, schema);
  }
  return schema;
}

export interface Problem {
  key: string | null;
  message: string;
}

/** Parse `input` as a whole record of the sheet; problems name the field in Chinese. */
export function validateRecord(sheet: SheetDef, input: unknown): { values: RecordValues; problems: Problem[] } {
  const parsed = recordSchema(sheet, false).safeParse(input);
  if (!parsed.success) {
    return { values: {}, problems: parsed.error.issues.map((i) => ({ key: typeof i.path[0] === 'string' ? i.path[0] : null, message: i.message })) };
  }
  const values = parsed.data;
  return { values, problems: rulesOf(sheet, values) };
}

export function rulesOf(sheet: SheetDef, values: RecordValues): Problem[] {
  const label = (p: FieldProblem) => sheet.fields.find((f) => f.key === p.key)?.label ?? p.key;
  return (sheet.check?.(values) ?? []).map((p) => ({ key: p.key, message: `${label(p)}：${p.message}` }));
}

export function throwProblems(sheet: SheetDef, problems: Problem[]): never {
  throw new DomainError('VALIDATION_FAILED', { zh: `${sheet.name}填写有误：${problems.map((p) => p.message).join('；')}`, en: `${sheet.name} has errors: ${problems.map((p) => p.message).join('; ')}` }, { problems });
}
