// Money: every ledger amount is a decimal.js value; request amounts arrive as lossless JSON
// numbers or numeric strings and never pass through a float.
import Decimal from 'decimal.js';
import { isLosslessNumber } from 'lossless-json';

export const ZERO = new Decimal(0);

const AMOUNT_RE = /^(?:0|[1-9]\d{0,15})(?:\.\d{1,2})?$/;
const AMOUNT_ANY_DECIMALS_RE = /^(?:0|[1-9]\d{0,15})(?:\.\d+)?$/;

export type AmountProblem = 'missing' | 'type' | 'format' | 'decimals' | 'not-positive';

/**
 * Reads a request amount (spec §2.2): > 0, at most two decimals, JSON number or numeric string
 * alike (`10`, `10.00`, `"10"`, `"10.50"`). Trailing zeros beyond two places (`"10.500"`) count as
 * three decimals and are refused, like the BigDecimal scale check upstream.
 */
export function readAmount(raw: unknown): Decimal | AmountProblem {
  if (raw === undefined || raw === null) return 'missing';
  let text: string;
  if (isLosslessNumber(raw)) text = raw.value;
  else if (typeof raw === 'string') text = raw.trim() === raw ? raw : '';
  else return 'type';
  if (!AMOUNT_ANY_DECIMALS_RE.test(text)) return 'format';
  if (!AMOUNT_RE.test(text)) return 'decimals';
  const value = new Decimal(text);
  if (value.lte(0)) return 'not-positive';
  return value;
}

/** JSON number for response fields the spec types as number (balances, face values, quotas). */
export function num(d: Decimal): number {
  return d.toDecimalPlaces(2).toNumber();
}

/** JSON string with two decimals for fields the SDK types as string (adjust/change records). */
export function str(d: Decimal): string {
  return d.toFixed(2);
}

export function cents(n: number): Decimal {
  return new Decimal(n).div(100);
}
