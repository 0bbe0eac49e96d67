// Reads a Huawei answer: lossless JSON (no amount ever becomes a float), the request id,
// and the error in whichever shape it came (partner-api.md §2.4).
import { isLosslessNumber, parse } from 'lossless-json';
import type { TransportResponse } from './transport';

export interface HuaweiError {
  readonly code: string;
  readonly message: string;
}

/** Parsed body: undefined for an empty body (204), null when it is not JSON. */
export function parseBody(res: TransportResponse): { json: unknown } | { json: undefined } | null {
  const text = res.body.toString('utf8').trim();
  if (text === '') return { json: undefined };
  try {
    return { json: parse(text) };
  } catch {
    return null;
  }
}

export function headerOf(res: TransportResponse, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : isLosslessNumber(v) ? v.toString() : undefined;

/**
 * The error carried by a body: `error_code`+`error_msg`, else `code`+`message`, else one
 * nested object level down (the SDK's parser does the same). `CBC.0000` means success in the
 * legacy v1 form and is not an error.
 */
export function huaweiErrorOf(json: unknown, maxDepth = 2, depth = 0): HuaweiError | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || depth > maxDepth) return null;
  const o = json as Record<string, unknown>;
  const code = asText(o['error_code']) ?? (o['message'] !== undefined ? asText(o['code']) : undefined);
  if (code !== undefined && code !== '' && code !== 'CBC.0000') {
    return { code, message: asText(o['error_msg']) ?? asText(o['message']) ?? '' };
  }
  if (code === undefined) {
    for (const v of Object.values(o)) {
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && !isLosslessNumber(v)) {
        const nested = huaweiErrorOf(v, maxDepth, depth + 1);
        if (nested) return nested;
      }
    }
  }
  return null;
}

/** Minutes between the server's Date header and local time, or null without a usable header. */
export function clockSkewMinutes(res: TransportResponse, localNow: Date): number | null {
  const date = headerOf(res, 'date');
  const server = date ? Date.parse(date) : NaN;
  if (Number.isNaN(server)) return null;
  return Math.round((localNow.getTime() - server) / 60_000);
}
