import { z } from 'zod';
import { DomainError } from '../../core/errors.js';
import type { FieldProblem, RecordValues, SheetDef } from './define.js';
import { zodOfField } from './fields.js';

/**
 * One record's validation, the same for an API body and an imported row: each field through its zod
 * schema (coercion and messages from fields.ts), then the sheet's rules across fields.
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

/** A problem of a record as the API answers it (`details.problems`): `message` Chinese, `messageEn` English. */
export interface Problem {
  key: string | null;
  message: string;
  messageEn: string;
}

/** The problems of a failed parse by `recordSchema`, in both languages. */
export function problemsOfIssues(sheet: SheetDef, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((i) => {
    const en = i.code === 'custom' && typeof i.params?.en === 'string' ? i.params.en : i.code === 'unrecognized_keys' ? `${sheet.nameEn} has no fields ${i.keys.join(', ')}` : i.message;
    return { key: typeof i.path[0] === 'string' ? i.path[0] : null, message: i.message, messageEn: en };
  });
}

/** A problem that already names its field (master data, office), as the API answers it. */
export const problemOf = (p: FieldProblem): Problem => ({ key: p.key, message: p.message.zh, messageEn: p.message.en });

/** Parse `input` as a whole record of the sheet; problems name the field. */
export function validateRecord(sheet: SheetDef, input: unknown): { values: RecordValues; problems: Problem[] } {
  const parsed = recordSchema(sheet, false).safeParse(input);
  if (!parsed.success) return { values: {}, problems: problemsOfIssues(sheet, parsed.error.issues) };
  const values = parsed.data;
  return { values, problems: rulesOf(sheet, values) };
}

/** The sheet's rules across fields, each message prefixed with its field's label. */
export function rulesOf(sheet: SheetDef, values: RecordValues): Problem[] {
  return (sheet.check?.(values) ?? []).map((p) => {
    const f = sheet.fields.find((x) => x.key === p.key);
    return { key: p.key, message: `${f?.label ?? p.key}：${p.message.zh}`, messageEn: `${f?.labelEn ?? p.key}: ${p.message.en}` };
  });
}

export function throwProblems(sheet: SheetDef, problems: Problem[]): never {
  throw new DomainError(
    'VALIDATION_FAILED',
    { zh: `${sheet.name}填写有误：${problems.map((p) => p.message).join('；')}`, en: `${sheet.nameEn} has errors: ${problems.map((p) => p.messageEn).join('; ')}` },
    { problems },
  );
}
