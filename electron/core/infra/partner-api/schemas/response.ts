// Response-side building blocks: the JSON kinds of partner-api.md §2.2 exactly, read from
// lossless JSON so no amount is ever a JS float.
import Decimal from 'decimal.js';
import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import { z } from 'zod';

const lossless = z.custom<LosslessNumber>((v) => isLosslessNumber(v), 'expected a JSON number');
const numericString = z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a numeric string');

/** int32 fields: a JSON number that is a safe integer. */
export const wInt = lossless.refine((n) => Number.isSafeInteger(Number(n.toString())), 'expected an integer').transform((n) => Number(n.toString()));
/** SDK `decimal.Decimal`: a JSON number, or (as Go's decimal also reads) a numeric string. */
export const wDecimal = z.union([lossless.transform((n) => n.toString()), numericString]).transform((s) => new Decimal(s));
/** SDK `float64`: a JSON number only, still read exactly. */
export const wFloat = lossless.transform((n) => new Decimal(n.toString()));
/** SDK `string` amounts (adjust records, account-change records): a JSON string only. */
export const wAmountString = numericString.transform((s) => new Decimal(s));

/** Optional response field: Huawei may omit it or send null. */
export const opt = <T extends z.ZodType>(t: T) => t.nullish();

export const wStr = z.string();

/** Batch failure item (§2.4). */
export const errorDetail = z.object({ id: opt(wStr), error_code: opt(wStr), error_msg: opt(wStr) });
export const errorDetails = opt(z.array(errorDetail));

export const limitInfo = z.object({
  limit_key: opt(wStr),
  limit_values: opt(z.array(z.object({ value1: opt(wStr), value2: opt(wStr) }))),
});

export const emptyBody = z.object({});
