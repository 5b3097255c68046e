import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.js';
import { loadConfig } from '../../src/config.js';
import { precompressDir } from '../../web/build/precompress.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { TEST_CIPHER } from '../helpers/app.js';

/** Issue 13 item 9: static files precompressed at build time with cache headers; JSON compressed on request. */
describe('static files', () => {
  let dir: string;
  let database: TestDatabase;
  let app: FastifyInstance;
  const script = `console.log(${JSON.stringify('绩效'.repeat(2000))});\n`;

  beforeAll(async () => {
    // a build's shape: index.html and a hashed asset, compressed the way the Vite plugin does it
    dir = mkdtempSync(path.join(os.tmpdir(), 'jixiao-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>jixiao</title><script type="module" src="/assets/index-AbC123.js"></script>${' '.repeat(2000)}`);
    writeFileSync(path.join(dir, 'assets/index-AbC123.js'), script);
    expect(await precompressDir(dir)).toBe(2);
    database = await createTestDatabase();
    const config = loadConfig({ JIXIAO_DATA_DIR: '/nonexistent', JIXIAO_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    app = await buildApp({ database, config, webRoot: dir, cipher: TEST_CIPHER });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a hashed asset as brotli or gzip, cached for a year as immutable', async () => {
    const br = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);

    const gz = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('serves index.html (and the routes answered with it) as no-cache', async () => {
    for (const url of ['/', '/index.html', '/login', '/u/315002/2022/registers']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toContain('/assets/index-AbC123.js');
    }
  });
});

describe('API replies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('compresses a JSON reply when the client accepts it, and not otherwise', async () => {
    const session = await t.login('admin');
    const url = '/api/units/315002/years/2022/goal-book';
    const plain = await t.as(session, { method: 'GET', url });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await t.as(session, { method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    const gz = await t.as(session, { method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });
});
