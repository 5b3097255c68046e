/**
 * Money in jixiao is integer fen (分) everywhere below the edges: in the database, in core maths and
 * in aggregation. Decimal strings are parsed with string arithmetic so "5.06" 万元 becomes exactly
 * 5060000 fen — floating point never touches an amount on its way in.
 */

export type MoneyUnit = '元' | '万元';

/** fen per one of the unit */
const FEN_PER: Record<MoneyUnit, bigint> = { 元: 100n, 万元: 1_000_000n };

const FULL_WIDTH_DIGITS = /[０-９．，]/g;

/** Turn full-width digits and separators into ASCII; documents typed in Chinese IMEs have both. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (c) => {
    if (c === '．') return '.';
    if (c === '，') return ',';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/**
 * Parse an amount as written in a document ("5.00", "1,234.5", "１２．９０") in the given unit into fen.
 * Returns null when the text is not a plain non-negative decimal or has more precision than a fen.
 */
export function parseAmountToFen(text: string, unit: MoneyUnit): number | null {
  const clean = toHalfWidth(text).replace(/[,\s]/g, '');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m) return null;
  const whole = BigInt(m[1]!);
  const fracDigits = m[2] ?? '';
  const scale = FEN_PER[unit];
  const scaleDigits = scale.toString().length - 1;
  const significant = fracDigits.replace(/0+$/, '');
  if (significant.length > scaleDigits) return null; // finer than one fen
  const frac = BigInt((significant + '0'.repeat(scaleDigits)).slice(0, scaleDigits) || '0');
  const fen = whole * scale + frac;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(fen);
}

/** fen → 元 as a JS number (exact for every amount below 2^53 fen / 100 with two decimals). */
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** 元 (number, at most two decimals) → fen, rounding away float noise such as 0.1 + 0.2. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Format fen in a unit with fixed decimals, exactly (no float): 5060000 fen in 万元 → "5.06". */
export function formatFen(fen: number, unit: MoneyUnit, decimals = 2): string {
  const negative = fen < 0;
  const abs = BigInt(Math.abs(Math.round(fen)));
  const scale = FEN_PER[unit];
  const whole = abs / scale;
  const remainder = abs % scale;
  const scaleDigits = scale.toString().length - 1;
  let frac = remainder.toString().padStart(scaleDigits, '0');
  if (decimals < scaleDigits) {
    // round half up on the dropped digits
    const kept = BigInt(frac.slice(0, decimals) || '0');
    const dropped = frac.slice(decimals);
    const roundUp = dropped.length > 0 && Number(dropped[0]) >= 5;
    const keptValue = kept + (roundUp ? 1n : 0n);
    const limit = 10n ** BigInt(decimals);
    const carry = keptValue >= limit ? 1n : 0n;
    const wholeOut = whole + carry;
    const fracOut = (keptValue % limit).toString().padStart(decimals, '0');
    return `${negative ? '-' : ''}${wholeOut}${decimals > 0 ? '.' + fracOut : ''}`;
  }
  frac = frac.padEnd(decimals, '0');
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? '.' + frac : ''}`;
}

/** True when an amount in fen can be written in the unit with two decimals without losing precision. */
export function isExactInUnit(fen: number, unit: MoneyUnit, decimals = 2): boolean {
  const scale = FEN_PER[unit] / 10n ** BigInt(decimals);
  return scale <= 1n || BigInt(Math.round(fen)) % scale === 0n;
}

/** Display helper used by UI and reports alike: "122.06万元". */
export function formatWanYuan(fen: number): string {
  return `${formatFen(fen, '万元')}万元`;
}
