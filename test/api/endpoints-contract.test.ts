import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS, type TEndpoint } from '../../src/contract/api/endpoints.js';
import { endpointUrl } from '../../src/contract/api/endpoint-url.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

/**
 * One contract end to end: every endpoint the web reads through `src/contract/api/endpoints.ts` is a
 * route the app registers, and that route declares exactly the endpoint's schema (the same object) as
 * its 200 reply — so the web's types are the server's, and neither can drift alone.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the endpoint contract', () => {
  it.each(Object.keys(ENDPOINTS) as TEndpoint[])('%s is a registered route replying with its schema', (endpoint) => {
    const [method, url] = endpoint.split(' ') as [string, string];
    const route = t.app.routeAccess.find((r) => r.method === method && r.url === url);
    expect(route, `no route ${endpoint}`).toBeDefined();
    expect(route!.reply === ENDPOINTS[endpoint], `${endpoint} declares another reply schema than endpoints.ts`).toBe(true);
  });

  it('builds URLs from typed parameters, encoded, with the query left out where empty', () => {
    expect(endpointUrl('GET /api/units/:unitCode/years/:year/indicators/:id/drill', { unitCode: '315 002', year: 2022, id: 7 }, { asOf: '2022-06-30', page: 2, q: '', x: undefined })).toBe(
      '/api/units/315%20002/years/2022/indicators/7/drill?asOf=2022-06-30&page=2',
    );
    expect(() => endpointUrl('GET /api/units/:unitCode/offices', {} as { unitCode: string })).toThrow(':unitCode');
  });
});
