/**
 * The rows of a raw `execute(sql…)` result. Both drivers answer `{ rows }` (node-postgres and PGlite),
 * which drizzle's types leave as unknown; raw reads are kept for rows an ORM's mapping would cost more
 * than the query (a province's rollup) or for SQL the query builder cannot say.
 */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
