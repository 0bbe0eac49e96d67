// Request-side building blocks carrying the limits of partner-api.md §2.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { rule } from '../../../../../shared/domain/validation-messages';
import { apiRule } from './rule-messages';

/** A string of at most `max` characters (the spec's "≤ n"). */
export const str = (max: number) => z.string().max(max);
/** Required ids: non-empty and at most `max` characters. */
export const id = (max = 64) => z.string().min(1).max(max);
/** Fields the spec marks "`""` not allowed". */
export const nonEmpty = (max: number) => z.string().max(max).refine((s) => s !== '', apiRule('notEmpty'));

export const utcTime = z.string().max(20).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, apiRule('utcTime'));
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, apiRule('month'));
export const beijingDate = z.string().max(10).regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, apiRule('beijingDate'));

export const int32 = z.number().int().min(-2147483648).max(2147483647);
/** §2.1: 0-based record offset. */
export const offset = (max = 2147483647) => z.number().int().min(0).max(max);
/** §2.1: [1-100] on every list page read; assumed for the others (open question §10.5). */
export const limit = z.number().int().min(1).max(100);
export const MAX_PAGE = 100;

const AMOUNT = /^\d+(\.\d+)?$/;

const decimalAmount = (positive: boolean) =>
  z
    .union([z.string(), z.instanceof(Decimal)])
    .refine((v) => (typeof v === 'string' ? AMOUNT.test(v) : v.isFinite() && !v.isNeg()), rule('amountFormat'))
    .refine((v) => new Decimal(v).decimalPlaces() <= 2, rule('amountTwoDecimals'))
    .refine((v) => !positive || new Decimal(v).gt(0), rule('amountPositive'))
    .transform((v) => new Decimal(v).toFixed(2));

/**
 * A request amount (§2.2): > 0 with at most 2 decimals, given as a decimal string or Decimal,
 * sent as a JSON string with exactly two decimals ("10.00") — never through a float.
 */
export const amount = decimalAmount(true);
/** A budget (intl §7.7) may be 0; same format otherwise. */
export const nonNegativeAmount = decimalAmount(false);

export const language = z.enum(['zh_cn', 'en_us']);

/** `offset` + `limit` of a list request (§2.1). */
export const paging = (maxOffset?: number) => ({ offset: offset(maxOffset).optional(), limit: limit.optional() });

/** A `<prefix>_begin` / `<prefix>_end` pair of UTC times. */
export function timeWindow<P extends string>(prefix: P): Record<`${P}_begin` | `${P}_end`, z.ZodOptional<typeof utcTime>> {
  return { [`${prefix}_begin`]: utcTime.optional(), [`${prefix}_end`]: utcTime.optional() } as Record<`${P}_begin` | `${P}_end`, z.ZodOptional<typeof utcTime>>;
}
