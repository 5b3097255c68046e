import { readFileSync } from 'node:fs';

/**
 * The common-password list (`common-passwords.txt`, made by `scripts/generate-common-passwords.mjs`:
 * our own compilation of digit and keyboard patterns and widely reused words and pinyin phrases with
 * their usual suffixes), read once.
 */
let list: Set<string> | undefined;

export function isCommonPassword(normalised: string): boolean {
  list ??= new Set(readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8').split('\n').filter(Boolean));
  return list.has(normalised);
}
