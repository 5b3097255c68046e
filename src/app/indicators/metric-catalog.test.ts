import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/canonical.js';
import { metricKey } from './metric-catalog.js';

/** The short cuts of `metricKey` (no filter, one key) give the key the general canonical form gives. */
describe('metricKey', () => {
  it.each([
    [null, 'm|null'],
    [{}, 'm|{}'],
    [{ project: 'P001' }, 'm|{"project":"P001"}'],
    [{ b: '2', a: '1' }, 'm|{"a":"1","b":"2"}'],
    [{ 'a"b': 'x"y\\z' }, 'm|{"a\\"b":"x\\"y\\\\z"}'],
  ])('%j', (filter, key) => {
    expect(metricKey('m', filter)).toBe(key);
  });

  it('equals the canonical JSON of any filter', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.dictionary(fc.string(), fc.string()), { nil: null }), (metric, filter) => metricKey(metric, filter) === `${metric}|${canonicalJson(filter)}`));
  });
});
