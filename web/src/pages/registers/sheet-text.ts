import type { TFieldInfo, TSheetInfo } from '../../../../src/contract/api/registers-api';
import type { Lang } from '../../i18n/i18n';

/**
 * A sheet's names in the language the user chose. The server declares both (GET /api/registers); the
 * Chinese ones stay the import template's headers, so only the screen switches.
 */
export const sheetName = (sheet: TSheetInfo, lang: Lang): string => (lang === 'en' ? sheet.nameEn : sheet.name);
export const kindName = (sheet: TSheetInfo, lang: Lang): string => (lang === 'en' ? sheet.kindNameEn : sheet.kindName);
export const fieldLabel = (f: TFieldInfo, lang: Lang): string => (lang === 'en' ? f.labelEn : f.label);
export const fieldHint = (f: TFieldInfo, lang: Lang): string | undefined => (lang === 'en' ? (f.hintEn ?? f.hint) : f.hint);
export const derivedLabel = (d: TSheetInfo['derived'][number], lang: Lang): string => (lang === 'en' ? d.labelEn : d.label);
