import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDomainError } from '../../core/errors.js';

/**
 * One error shape for every failure: { code, message, details? }. Domain errors carry their own code
 * and Chinese message; validation failures name the fields; anything unexpected is logged in full and
 * answered with a generic message — no stack trace ever reaches a client.
 */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({ path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: v.message ?? '' }));
      const where = error.validationContext ? `${{ body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' }[error.validationContext] ?? ''}` : '';
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: `${where}不正确：${issues.map((i) => `${i.path || '(整体)'} ${i.message}`).join('；')}`,
        details: { issues },
      });
    }
    if (isDomainError(error)) {
      return reply.status(error.status).send({ code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) });
    }
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: '上传内容过大' });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    }
    if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ code: 'DOCUMENT_UNSUPPORTED', message: '不支持的请求内容类型' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      return reply.status(error.statusCode).send({ code: 'BAD_REQUEST', message: '请求格式不正确' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后重试；如果反复出现，请联系管理员' });
  });
});
