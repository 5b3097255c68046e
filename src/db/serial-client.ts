import pg from 'pg';

/**
 * A node-postgres client that runs the queries it is given one after the other on its own. A
 * transaction holds one connection, and a use-case given that transaction may still read in parallel
 * (`Promise.all` of independent reads, which on the pool run on several connections). node-postgres
 * queues such queries itself today but deprecates it (removed in pg 9), so the pool's clients chain
 * their promise-style queries here instead: the same order, nothing left to a deprecated queue.
 * Callback-style and submittable queries (the pool's own, cursors) pass through untouched.
 */
export class SerialClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // the overloads of pg.Client.query are kept: this only decides when a promise-style query starts
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    const submittable = typeof (args[0] as { submit?: unknown } | null)?.submit === 'function';
    const run = (): unknown => (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (typeof last === 'function' || submittable) return run() as never;
    const result = this.#tail.then(run);
    this.#tail = result.catch(() => undefined);
    return result as never;
  }
}
