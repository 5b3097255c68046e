import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../core/errors.js';
import { hasControlCharacter } from '../../core/text.js';

/** The path (`projects.0.name`) of the first string holding a control character, or null. */
export function controlCharacterPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? path.join('.') || '(整体)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterPath(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = controlCharacterPath(v, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The one gate behind the contract's `ZText`: every string in a JSON body is checked before a handler
 * runs, so a route whose schema types a field some other way still answers a control character with a
 * 400 naming the field, never a 500 from PostgreSQL (NUL). Runs after validation (a route's own checks,
 * such as the vendor feed's key, come first); uploads (multipart) are read by their importers, which
 * locate such characters by row and column.
 */
export default fp(async function controlCharacters(app: FastifyInstance) {
  app.addHook('preHandler', async (request) => {
    if (request.body === undefined || request.body === null || request.isMultipart()) return;
    const path = controlCharacterPath(request.body);
    if (path !== null) {
      throw new DomainError('VALIDATION_FAILED', { zh: `请求内容不正确：${path} 不能包含控制字符（如 NUL、%00）`, en: `The request body is not valid: ${path} must not contain control characters (such as NUL, %00)` });
    }
  });
});
