import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { requestLanguage } from './errors.js';

/** A year, immutable, for Vite's hashed /assets/ (a new build has new names); revalidate the rest (index.html first). */
export function cacheControlFor(root: string, filePath: string): string {
  const relative = path.relative(root, filePath).split(path.sep);
  return relative[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built web app (web/dist) and answers unknown non-API paths with index.html so the
 * browser's router can take them. Without a build it says how to make one.
 */
export default fp(async function web(app: FastifyInstance, options: { root: string | null }) {
  const root = options.root;
  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    reply.status(404).send({ code: 'NOT_FOUND', message: `${requestLanguage(request) === 'en' ? 'No such address: ' : '没有这个地址：'}${request.method} ${request.url.split('?')[0]}` });
  if (!root || !existsSync(path.join(root, 'index.html'))) {
    app.setNotFoundHandler(notFound);
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><title>jixiao</title><p>网页尚未构建：请运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）。接口文档见 <a href="/api/docs">/api/docs</a>。</p>'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // the build writes .br and .gz beside every asset (web/build/precompress.ts): sent as they are
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => void reply.header('cache-control', cacheControlFor(root, filePath)),
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || request.method !== 'GET' || request.url.startsWith('/assets/')) return notFound(request, reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
