import { z } from 'zod';
import { zhEn } from '../messages.js';
import { isIsoDate } from '../../core/dates.js';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from '../../core/text.js';

/**
 * Text from a request — a path or query parameter, a body field, a record key — is never passed on
 * with a control character in it (NUL: PostgreSQL refuses it, which was a 500): every string a route
 * accepts is a ZText, so the answer is a 400 naming the field. Tabs and line breaks are text.
 */
export const textOf = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine((s) => !hasControlCharacter(s), CONTROL_CHARACTER_MESSAGE);
export const ZText = textOf();

export const ZError = z
  .object({
    code: z.string().meta({ description: 'stable error code, e.g. VALIDATION_FAILED, FORBIDDEN, DOCUMENT_INVALID' }),
    message: z.string().meta({ description: 'what went wrong and what to do, in Chinese' }),
    details: z.unknown().optional(),
  })
  .meta({ id: 'Error' });

export const ZUnitYearParams = z.object({
  unitCode: ZText.min(1).max(40).meta({ description: '单位编码' }),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const ZOk = z.object({ ok: z.literal(true) });

/** Standard error answers every protected route can give. */
export const ERROR_RESPONSES = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError, 422: ZError };

/** 元 with at most two decimals (fen), never negative. */
export const ZYuanInput = z
  .number()
  .nonnegative(zhEn('金额不能为负数', 'An amount cannot be negative'))
  .max(1e11, zhEn('金额过大', 'The amount is too large'))
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, '金额最多精确到分（两位小数）');

/** A calendar date in China, YYYY-MM-DD, that exists (2022-02-29 does not): the one date validator of every route. */
export const ZIsoDate = ZText.refine(isIsoDate, zhEn('日期应为有效的 YYYY-MM-DD 日期，如 2022-03-31', 'A date is a valid YYYY-MM-DD date, e.g. 2022-03-31'))
  .meta({ description: 'calendar date in China, YYYY-MM-DD' });
