/**
 * Validation messages in two languages. A zod schema carries one message string, the Chinese; `zhEn`
 * returns it and remembers its English, which the API's errors plugin looks up when a request asks for
 * English (`englishOf`). Messages zod writes itself (too short, wrong type…) are worded by the plugin.
 */
const ENGLISH = new Map<string, string>();

export function zhEn(zh: string, en: string): string {
  ENGLISH.set(zh, en);
  return zh;
}

export function englishOf(zh: string): string | undefined {
  return ENGLISH.get(zh);
}
