/**
 * A tiny benchmark harness: run a function a number of times after a warm-up and report the median.
 * Figures are printed, never asserted: speed is measured here, not in the test suite.
 */
export async function median(label: string, runs: number, fn: () => Promise<unknown> | unknown, options: { warmup?: number; aim?: string } = {}): Promise<number> {
  for (let i = 0; i < (options.warmup ?? 2); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(58)} median ${mid.toFixed(1).padStart(8)} ms  (n=${runs}${options.aim ? `, aim ${options.aim}` : ''})`);
  return mid;
}

export async function once(label: string, fn: () => Promise<unknown> | unknown, options: { aim?: string } = {}): Promise<number> {
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(58)}        ${ms.toFixed(1).padStart(8)} ms  (once${options.aim ? `, aim ${options.aim}` : ''})`);
  return ms;
}
