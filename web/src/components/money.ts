import { formatFen, yuanToFen } from '../../../src/core/money';

/** 元 → "122.06" (万元, two decimals), exactly as the documents write amounts. */
export const wan = (yuan: number): string => formatFen(yuanToFen(yuan), '万元');
export const yuanText = (yuan: number): string => formatFen(yuanToFen(yuan), '元');
/** 元 → "12,500.00" (元, two decimals, thousands grouped), for payment lists. */
export const yuanGrouped = (yuan: number): string => yuanText(yuan).replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
