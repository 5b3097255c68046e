import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';

/**
 * Security headers on every answer: a strict CSP (no inline scripts; antd needs inline styles),
 * no framing, no MIME sniffing; HSTS when the deployment says it is served over HTTPS
 * (`JIXIAO_SECURE_COOKIES=true`). Rate limiting is opt-in per route (login uses it).
 */
export default fp(async function security(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // behind HTTPS (secure cookies) browsers are told to keep to HTTPS; over plain HTTP the header would be ignored or, worse, pin a half-set-up host
    hsts: app.appConfig.JIXIAO_SECURE_COOKIES ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(rateLimit, { global: false });
});
