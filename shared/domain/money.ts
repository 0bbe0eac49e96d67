// Money as the partner API and finance read it: decimal strings in, decimal strings out,
// decimal.js in between, never a JS float. Shared by the main side (validation before a
// money call) and the renderer (input, display, 大写 on confirmations).
import Decimal from 'decimal.js';

// A private clone so no other module's Decimal.set() can change our rounding or precision.
// 40 significant digits covers sums of many 16-digit amounts with 8 decimals exactly.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
type Dec = InstanceType<typeof D>;

export type Currency = 'CNY' | 'USD';

export type AmountProblem =
  | 'empty' // nothing typed
  | 'format' // not a plain decimal: exponent, letters, NaN, Infinity, two dots…
  | 'tooManyDecimals' // more decimals than allowed
  | 'notPositive' // zero or negative where a positive amount is required
  | 'negative' // negative where not allowed
  | 'tooLarge'; // beyond what 大写 and the API can carry (16 integer digits)

export type ParsedAmount = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: AmountProblem };

export interface ParseOptions {
  /** At most this many decimals (the API takes 2 for every request amount). Default: unlimited. */
  readonly maxDecimals?: number;
  /** Reject zero and negatives (request amounts must be > 0). */
  readonly positive?: boolean;
  /** Allow a leading minus (e.g. a balance filter). Default false. */
  readonly allowNegative?: boolean;
  /**
   * Accept what an operator types: surrounding spaces, full-width digits from a Chinese IME,
   * thousands separators in the right places. Default false (wire values must already be plain).
   */
  readonly lenient?: boolean;
}

/** Largest integer part we accept: 大写 sections go up to 万亿 (16 digits). */
export const MAX_INTEGER_DIGITS = 16;

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(-?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

function normalizeTyped(input: string): string {
  // Full-width digits, point, comma and minus come from Chinese IMEs; map them to ASCII.
  return input
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E|\u3002/g, '.')
    .replace(/\uFF0C/g, ',')
    .replace(/[\uFF0D\u2212]/g, '-');
}

/**
 * Parses a decimal amount strictly. Returns the canonical string (no leading zeros, at least
 * two decimals, e.g. "1234.5" → "1234.50") or the reason it is not an amount.
 */
export function parseAmount(input: string, options: ParseOptions = {}): ParsedAmount {
  const text = options.lenient ? normalizeTyped(input) : input;
  if (text === '' || (options.lenient && text.trim() === '')) return { ok: false, problem: 'empty' };
  const match = PLAIN.exec(text) ?? (options.lenient ? GROUPED.exec(text) : null);
  if (!match) return { ok: false, problem: 'format' };
  const [, sign = '', intRaw = '', fraction = ''] = match;
  const integer = intRaw.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (options.maxDecimals !== undefined && fraction.length > options.maxDecimals) {
    return { ok: false, problem: 'tooManyDecimals' };
  }
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, problem: 'tooLarge' };
  const value = new D(`${sign}${integer}.${fraction || '0'}`);
  if (value.isNegative() && !value.isZero() && !options.allowNegative && !options.positive) {
    return { ok: false, problem: 'negative' };
  }
  if (options.positive && !value.greaterThan(0)) return { ok: false, problem: 'notPositive' };
  return { ok: true, value: canonical(value) };
}

function canonical(value: Dec): string {
  const text = value.toFixed(Math.max(2, value.decimalPlaces()));
  return text.startsWith('-') && new D(text).isZero() ? text.slice(1) : text;
}

/** True when `value` is a plain decimal string (what IPC carries). */
export function isAmountString(value: unknown): value is string {
  return typeof value === 'string' && PLAIN.test(value);
}

function toDec(amount: string): Dec {
  if (!PLAIN.test(amount)) throw new RangeError(`not a decimal amount: ${JSON.stringify(amount)}`);
  return new D(amount);
}

// ---- arithmetic and comparison (for totals, sorting, range filters) ----

export function sumAmounts(amounts: Iterable<string>): string {
  let total = new D(0);
  for (const a of amounts) total = total.plus(toDec(a));
  return canonical(total);
}

/** amount × a whole count (e.g. one face value for n customers). */
export function multiplyAmount(amount: string, count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a count: ${count}`);
  return canonical(toDec(amount).times(count));
}

export function subtractAmounts(a: string, b: string): string {
  return canonical(toDec(a).minus(toDec(b)));
}

/** -1, 0 or 1, like a sort comparator. */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  return toDec(a).comparedTo(toDec(b)) as -1 | 0 | 1;
}

export function isNegativeAmount(amount: string): boolean {
  const d = toDec(amount);
  return d.isNegative() && !d.isZero();
}

/** Rounds half-up (四舍五入, as finance does) to `decimals` places. */
export function roundAmount(amount: string, decimals = 2): string {
  return toDec(amount).toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals);
}

/**
 * `part / whole` as a plain number between 0 and 1, for geometry only (bar lengths in a
 * chart). Never use the result as an amount.
 */
export function shareOf(part: string, whole: string): number {
  const w = toDec(whole).abs();
  if (w.isZero()) return 0;
  return Math.min(1, toDec(part).abs().dividedBy(w).toNumber());
}

// ---- display ----

export type CurrencyDisplay = 'symbol' | 'code' | 'none';

export interface FormatOptions {
  readonly currency?: Currency;
  /** "symbol": ¥1,234.56 / $1,234.56; "code": CNY 1,234.56; "none": 1,234.56. Default "symbol". */
  readonly display?: CurrencyDisplay;
  /** Decimals shown, rounded half-up. Default 2 (bill details may ask for more). */
  readonly decimals?: number;
  /** Thousands separators. Default true. */
  readonly grouping?: boolean;
}

const SYMBOL: Record<Currency, string> = { CNY: '¥', USD: '$' };

/**
 * Formats an amount for finance: thousands separators, exactly `decimals` decimals, the
 * currency, and a leading minus sign before the currency for negatives ("-¥1,234.56"), so a
 * copied cell still pastes into Excel as a number. Never prints "-0.00".
 */
export function formatMoney(amount: string, options: FormatOptions = {}): string {
  const { currency = 'CNY', display = 'symbol', decimals = 2, grouping = true } = options;
  const rounded = toDec(amount).toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [intPart = '0', fracPart] = rounded.abs().toFixed(decimals).split('.');
  const grouped = grouping ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : intPart;
  const number = fracPart === undefined ? grouped : `${grouped}.${fracPart}`;
  const sign = negative ? '-' : '';
  if (display === 'none') return `${sign}${number}`;
  if (display === 'code') return `${sign}${currency} ${number}`;
  return `${sign}${SYMBOL[currency]}${number}`;
}

/** True when formatting with `decimals` would hide digits (show the exact value in a title). */
export function isRoundedForDisplay(amount: string, decimals = 2): boolean {
  return toDec(amount).decimalPlaces() > decimals;
}

// ---- Chinese capital numerals (大写) ----

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['仟', '佰', '拾', ''] as const; // positions inside a four-digit section
// Sections of four digits from the lowest: units, 万, 亿, 万 (of 亿, i.e. 万亿).
const SECTIONS = ['', '万', '亿', '万'] as const;

/** Reads a non-negative integer (decimal digits, ≤ 16) the way cheques do; "" for zero. */
function integerToCapital(digits: string): string {
  const padded = digits.padStart(Math.ceil(digits.length / 4) * 4, '0');
  const sections: string[] = [];
  for (let i = 0; i < padded.length; i += 4) sections.push(padded.slice(i, i + 4));
  let out = '';
  // A zero becomes "零" only when a non-zero digit follows and something was written before.
  let zeroPending = false;
  sections.forEach((section, index) => {
    const level = sections.length - 1 - index;
    // The cheque rules let 零 be left out when the zeros end at 万/亿 and the 仟 digit that
    // follows is not zero (壹拾万伍仟, like 壹拾元贰角); we leave it out there, and only there.
    if (index > 0 && sections[index - 1] !== '0000' && section[0] !== '0') zeroPending = false;
    for (let p = 0; p < 4; p++) {
      const d = Number(section[p]);
      if (d === 0) {
        if (out !== '') zeroPending = true;
        continue;
      }
      if (zeroPending) out += '零';
      zeroPending = false;
      out += DIGITS[d]! + PLACES[p]!;
    }
    const nonZero = section !== '0000';
    // 亿 closes the 万亿 section too: 1,0000,0000,0000 reads 壹万亿, not 壹万.
    const highNonZero = level === 2 && sections.length === 4 && sections[0] !== '0000';
    if (nonZero || highNonZero) out += SECTIONS[level]!;
  });
  return out;
}

/**
 * The amount in Chinese capital numerals as written on cheques and confirmations:
 * 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 100 → 壹佰元整, 0.05 → 伍分, 1000000.01 → 壹佰万元零壹分.
 * Rounded half-up to the fen first. Negative amounts start with 负. Throws RangeError for an
 * invalid string or more than 16 integer digits.
 */
export function toChineseCapital(amount: string): string {
  const value = toDec(amount).toDecimalPlaces(2, D.ROUND_HALF_UP);
  const negative = value.isNegative() && !value.isZero();
  const [intDigits = '0', frac = '00'] = value.abs().toFixed(2).split('.');
  if (intDigits.length > MAX_INTEGER_DIGITS) throw new RangeError(`amount too large for 大写: ${amount}`);
  const jiao = Number(frac[0]);
  const fen = Number(frac[1]);
  const yuan = intDigits === '0' ? '' : integerToCapital(intDigits);
  if (yuan === '' && jiao === 0 && fen === 0) return '零元整';
  let out = yuan === '' ? '' : `${yuan}元`;
  if (jiao === 0 && fen === 0) out += '整';
  else {
    if (jiao > 0) out += `${DIGITS[jiao]}角`;
    else if (yuan !== '') out += '零'; // 壹元零伍分
    if (fen > 0) out += `${DIGITS[fen]}分`;
  }
  return negative ? `负${out}` : out;
}
