// Builds the wire query inside the signing profile (§2.2): every key and value through E,
// arrays as repeated keys (partner-api.md §2.1), absent values left out.
import { percentEncode } from '../signing/encode';

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export function buildQuery(params: QueryParams | undefined): string {
  if (!params) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const k = percentEncode(key);
    for (const v of Array.isArray(value) ? value : [value]) parts.push(`${k}=${percentEncode(String(v))}`);
  }
  return parts.join('&');
}
