import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDomainError, type LocalizedText } from '../../core/errors.js';
import { englishOf } from '../../contract/messages.js';

export type Lang = 'zh' | 'en';

/**
 * The language a request asks for: English when `Accept-Language` prefers English to Chinese (by its
 * q-values; the web sends the language the user chose), Chinese otherwise — Chinese is the product's
 * first language and the answer when nothing is said.
 */
export function requestLanguage(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header === '') return 'zh';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const lang: Lang | null = tag.startsWith('en') ? 'en' : tag.startsWith('zh') ? 'zh' : null;
    if (lang && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'zh';
}

interface ZodIssueLike {
  code: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  values?: unknown[];
  format?: string;
}

/** zod's own wording of an issue, in both languages (used where the schema gave no message). */
function wordIssue(issue: ZodIssueLike): LocalizedText {
  const size = issue.origin === 'string' ? { zh: '个字', en: 'characters' } : issue.origin === 'array' ? { zh: '项', en: 'items' } : null;
  switch (issue.code) {
    case 'too_small':
      return size
        ? Number(issue.minimum) === 1
          ? { zh: '不能为空', en: 'cannot be empty' }
          : { zh: `至少 ${issue.minimum} ${size.zh}`, en: `needs at least ${issue.minimum} ${size.en}` }
        : { zh: `不能小于 ${issue.minimum}`, en: `cannot be less than ${issue.minimum}` };
    case 'too_big':
      return size ? { zh: `最多 ${issue.maximum} ${size.zh}`, en: `has at most ${issue.maximum} ${size.en}` } : { zh: `不能大于 ${issue.maximum}`, en: `cannot be more than ${issue.maximum}` };
    case 'invalid_type':
      return issue.message.endsWith('received undefined') ? { zh: '必须填写', en: 'is required' } : { zh: `类型不正确（应为 ${issue.expected}）`, en: `has the wrong type (expected ${issue.expected})` };
    case 'invalid_value':
      return { zh: `应为以下之一：${(issue.values ?? []).map(String).join('、')}`, en: `must be one of: ${(issue.values ?? []).map(String).join(', ')}` };
    case 'invalid_format':
      return { zh: '格式不正确', en: 'has the wrong format' };
    default:
      return { zh: issue.message, en: issue.message };
  }
}

const HAN = /[\u4e00-\u9fff]/;

/**
 * A validation problem in both languages: a schema's own Chinese message with its English twin
 * (`zhEn`), or — for a Chinese message without one — zod's wording in English; zod's default messages
 * (English) are worded from the issue code in both languages.
 */
function describeIssue(issue: ZodIssueLike): LocalizedText {
  const en = englishOf(issue.message);
  if (en !== undefined) return { zh: issue.message, en };
  if (HAN.test(issue.message)) return { zh: issue.message, en: wordIssue(issue).en };
  return wordIssue(issue);
}

const PART: Record<string, LocalizedText> = {
  body: { zh: '请求内容', en: 'The request body' },
  querystring: { zh: '查询参数', en: 'The query' },
  params: { zh: '路径参数', en: 'The path' },
  headers: { zh: '请求头', en: 'The headers' },
};

const FIXED: Record<string, LocalizedText> = {
  PAYLOAD_TOO_LARGE: { zh: '上传内容过大', en: 'The upload is too large' },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests: try again shortly' },
  DOCUMENT_UNSUPPORTED: { zh: '不支持的请求内容类型', en: 'Unsupported content type' },
  BAD_REQUEST: { zh: '请求格式不正确', en: 'The request is malformed' },
  INTERNAL: { zh: '服务器内部错误，请稍后重试；如果反复出现，请联系管理员', en: 'Server error: try again later; if it keeps happening, tell the administrator' },
};

/**
 * One error shape for every failure: { code, message, details? }, the message in the language the
 * request asks for (`requestLanguage`). Domain errors carry their own code and both sentences;
 * validation failures name the fields; anything unexpected is logged in full and answered with a
 * generic message — no stack trace ever reaches a client.
 */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = requestLanguage(request);
    const fixed = (status: number, code: keyof typeof FIXED) => reply.status(status).send({ code, message: FIXED[code]![lang] });
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => {
        const text = describeIssue({ ...(v.params as object), code: v.keyword, message: v.message ?? '' } as ZodIssueLike);
        return { path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: text[lang] };
      });
      const part = error.validationContext ? PART[error.validationContext] : undefined;
      const message =
        lang === 'en'
          ? `${part?.en ?? 'The request'} is not valid: ${issues.map((i) => `${i.path || '(whole)'} ${i.message}`).join('; ')}`
          : `${part?.zh ?? ''}不正确：${issues.map((i) => `${i.path || '(整体)'} ${i.message}`).join('；')}`;
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message, details: { issues } });
    }
    if (isDomainError(error)) {
      return reply.status(error.status).send({ code: error.code, message: error.messageIn(lang), ...(error.details ? { details: error.details } : {}) });
    }
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return fixed(413, 'PAYLOAD_TOO_LARGE');
    if (error.statusCode === 429) return fixed(429, 'RATE_LIMITED');
    if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return fixed(415, 'DOCUMENT_UNSUPPORTED');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) return fixed(error.statusCode, 'BAD_REQUEST');
    request.log.error({ err: error }, 'unhandled error');
    return fixed(500, 'INTERNAL');
  });
});
