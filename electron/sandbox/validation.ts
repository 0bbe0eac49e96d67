// Request field readers. Every rule violation becomes the spec's CBC.0100 with the field named;
// nothing here throws anything but ApiError, so bad input can never turn into a 500.
import type Decimal from 'decimal.js';
import { isLosslessNumber } from 'lossless-json';
import { paramError } from './errors';
import { readAmount } from './money';
import { UTC_STAMP_RE } from './util/time';

interface StrRule {
  max?: number;
  min?: number;
  re?: RegExp;
  /** `""` is refused (CBC.0100) instead of meaning "no filter". */
  noEmpty?: boolean;
  oneOf?: readonly string[];
}

function checkString(name: string, v: string, rule: StrRule): string {
  if (rule.noEmpty && v === '') throw paramError(`${name} must not be empty`);
  if (rule.max !== undefined && [...v].length > rule.max) throw paramError(`${name} is longer than ${rule.max}`);
  if (rule.min !== undefined && [...v].length < rule.min) throw paramError(`${name} is shorter than ${rule.min}`);
  if (v !== '' && rule.re && !rule.re.test(v)) throw paramError(`${name} has an invalid format`);
  if (rule.oneOf && !rule.oneOf.includes(v)) throw paramError(`${name} must be one of ${rule.oneOf.join(', ')}`);
  return v;
}

export const TIME_RULE: StrRule = { max: 20, re: UTC_STAMP_RE, noEmpty: true };

/** Reads fields of a JSON body parsed with lossless-json (numbers arrive as LosslessNumber). */
export class BodyReader {
  constructor(private readonly body: Record<string, unknown>) {}

  has(name: string): boolean {
    return this.body[name] !== undefined && this.body[name] !== null;
  }

  str(name: string, rule: StrRule = {}): string | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw paramError(`${name} must be a string`);
    return checkString(name, v, rule);
  }

  /** Optional filter: absent, null and "" all mean "no filter" unless the rule says noEmpty. */
  filter(name: string, rule: StrRule = {}): string | undefined {
    const v = this.str(name, rule);
    return v === '' ? undefined : v;
  }

  reqStr(name: string, rule: StrRule = {}): string {
    const v = this.str(name, rule);
    if (v === undefined) throw paramError(`${name} is required`);
    return v;
  }

  int(name: string, min: number, max: number): number | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (!isLosslessNumber(v) || !/^-?\d+$/.test(v.value)) throw paramError(`${name} must be an integer`);
    const n = Number(v.value);
    if (n < min || n > max) throw paramError(`${name} must be in [${min}-${max}]`);
    return n;
  }

  bool(name: string): boolean | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') throw paramError(`${name} must be a boolean`);
    return v;
  }

  amount(name: string): Decimal {
    const a = readAmount(this.body[name]);
    if (typeof a === 'string') throw paramError(`${name} ${AMOUNT_TEXT[a]}`);
    return a;
  }

  strArray(name: string, o: { required?: boolean; min?: number; max: number; item?: StrRule }): string[] | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) {
      if (o.required) throw paramError(`${name} is required`);
      return undefined;
    }
    if (!Array.isArray(v)) throw paramError(`${name} must be an array`);
    if (v.length > o.max) throw paramError(`${name} holds more than ${o.max} items`);
    if (v.length < (o.min ?? 0)) throw paramError(`${name} must hold at least ${o.min} item(s)`);
    return v.map((item, i) => {
      if (typeof item !== 'string') throw paramError(`${name}[${i}] must be a string`);
      return checkString(`${name}[${i}]`, item, { noEmpty: true, ...o.item });
    });
  }

  array(name: string): unknown[] | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) throw paramError(`${name} must be an array`);
    return v;
  }

  /** A nested object (e.g. enterprise_person), read with the same rules. */
  object(name: string): BodyReader | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) throw paramError(`${name} must be an object`);
    return new BodyReader(v as Record<string, unknown>);
  }

  intArray(name: string, max: number): number[] | undefined {
    const v = this.array(name);
    if (!v) return undefined;
    if (v.length > max) throw paramError(`${name} holds more than ${max} items`);
    return v.map((item, i) => {
      if (!isLosslessNumber(item) || !/^-?\d+$/.test(item.value)) throw paramError(`${name}[${i}] must be an integer`);
      return Number(item.value);
    });
  }

  paging(offsetMax = 2147483646, limitMax = 100): { offset: number; limit: number } {
    return { offset: this.int('offset', 0, offsetMax) ?? 0, limit: this.int('limit', 1, limitMax) ?? 10 };
  }
}

const AMOUNT_TEXT = {
  missing: 'is required',
  type: 'must be a number or a numeric string',
  format: 'is not a decimal number',
  decimals: 'must have at most two decimal places',
  'not-positive': 'must be greater than 0',
} as const;

/** Reads GET query parameters (array filters arrive as repeated keys). */
export class QueryReader {
  constructor(private readonly q: URLSearchParams) {}

  str(name: string, rule: StrRule = {}): string | undefined {
    const all = this.q.getAll(name);
    if (all.length === 0) return undefined;
    if (all.length > 1) throw paramError(`${name} given more than once`);
    return checkString(name, all[0] as string, rule);
  }

  filter(name: string, rule: StrRule = {}): string | undefined {
    const v = this.str(name, rule);
    return v === '' ? undefined : v;
  }

  reqStr(name: string, rule: StrRule = {}): string {
    const v = this.str(name, rule);
    if (v === undefined || v === '') throw paramError(`${name} is required`);
    return v;
  }

  int(name: string, min: number, max: number): number | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    if (!/^-?\d{1,12}$/.test(v)) throw paramError(`${name} must be an integer`);
    const n = Number(v);
    if (n < min || n > max) throw paramError(`${name} must be in [${min}-${max}]`);
    return n;
  }

  list(name: string, rule: StrRule = {}): string[] | undefined {
    const all = this.q.getAll(name);
    if (all.length === 0) return undefined;
    return all.map((v) => checkString(name, v, rule));
  }

  paging(offsetMax = 2147483646, limitMax = 100): { offset: number; limit: number } {
    return { offset: this.int('offset', 0, offsetMax) ?? 0, limit: this.int('limit', 1, limitMax) ?? 10 };
  }
}

export function page<T>(items: readonly T[], p: { offset: number; limit: number }): T[] {
  return items.slice(p.offset, p.offset + p.limit);
}

export function timeFilter(v: string | undefined): number | undefined {
  return v === undefined ? undefined : Date.parse(v);
}
