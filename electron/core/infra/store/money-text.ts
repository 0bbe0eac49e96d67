// Amounts arrive from the API as JSON numbers, numeric strings, lossless numbers or
// Decimal instances. They are stored as plain decimal text (no exponent), plus an integer
// key in ten-thousandths for sorting and range filters.
import Decimal from 'decimal.js';

/** Plain decimal text ("1234.5", "-0.01"), or null when absent or not a number. */
export function moneyText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'string' ? value.trim() : String(value);
  // Plain decimal text is kept as the API wrote it ("1500.00" stays "1500.00").
  if (/^-?\d+(\.\d+)?$/.test(text)) return text;
  try {
    const d = new Decimal(text);
    return d.isFinite() ? d.toFixed() : null;
  } catch {
    return null;
  }
}

/** Sort/filter key: the amount in ten-thousandths, floored. Never shown or summed. */
export function moneyKey(text: string | null): number | null {
  if (text === null) return null;
  return new Decimal(text).times(10_000).floor().toNumber();
}

/** Key bound for a filter: `min` rounds up, `max` rounds down, so the range stays exact. */
export function moneyBoundKey(text: string, side: 'min' | 'max'): number {
  const scaled = new Decimal(text).times(10_000);
  return (side === 'min' ? scaled.ceil() : scaled.floor()).toNumber();
}
