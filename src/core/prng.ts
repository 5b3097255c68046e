/**
 * mulberry32: a small, fast, well-spread seeded PRNG returning numbers in [0, 1) — enough for the
 * deterministic demo data (the same seed gives the same year of payments and register records).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
