import type { Db } from '../../db/client.js';
import type { DemoStep } from './load-demo.js';

/** Demo data beyond the goal book; later areas add their steps here (payments, register records). */
export function demoSteps(_db: Db): DemoStep[] {
  return [];
}
