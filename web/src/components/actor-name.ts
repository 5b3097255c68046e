import type { useI18n } from '../i18n/i18n';

/**
 * Who did something, as people read it: an account's name as stored, and the server's command line
 * (`cli:<os user>`, the demo loader, imports from a terminal) as 命令行 with its user.
 */
export function actorName(name: string, t: ReturnType<typeof useI18n>['t']): string {
  return name.startsWith('cli:') ? t('common.cliActor', { user: name.slice(4) }) : name;
}
