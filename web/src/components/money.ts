import { formatFen, yuanToFen } from '../../../src/core/money';

/** 元 → "122.06" (万元, two decimals), exactly as the documents write amounts. */
export const wan = (yuan: number): string => formatFen(yuanToFen(yuan), '万元');
export const yuanText = (yuan: number): string => formatFen(yuanToFen(yuan), '元');
