// Calls one operation: site check → local validation (nothing invalid reaches the network)
// → signed call → typed, lossless result.
import type { z } from 'zod';
import type { HttpClient } from '../http/client';
import { ApiError } from '../http/outcome';
import type { QueryParams } from '../http/query';
import { percentEncode } from '../signing/encode';
import { summarize } from '../../validation-messages';
import type { OperationDef } from './define';
import { localizeApiIssues } from './schemas/localize';

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Every result carries the request id Huawei gave it (X-Request-Id), for support tickets. */
export type Result<O extends z.ZodType> = z.output<O> & { readonly requestId: string | undefined };

const SITE_NAMES = { cn: { en: 'China', zh: '中国站' }, intl: { en: 'international', zh: '国际站' } } as const;

export function validateInput<I extends z.ZodType>(def: OperationDef<I>, input: unknown): z.output<I> {
  const parsed = def.input.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issues = localizeApiIssues(parsed.error);
  throw new ApiError('API_INVALID_REQUEST', { operation: def.name, outcome: 'failed', possiblySent: false }, {
    issues,
    summaryEn: summarize(issues, 'en'),
    summaryZh: summarize(issues, 'zh'),
  });
}

export async function invoke<I extends z.ZodType, O extends z.ZodType>(
  client: HttpClient,
  def: OperationDef<I, O>,
  input: z.input<I>,
  options: CallOptions = {},
): Promise<Result<O>> {
  const refused = { operation: def.name, outcome: 'failed', possiblySent: false } as const;
  if (!def.sites.includes(client.site)) {
    const site = SITE_NAMES[def.sites[0] ?? 'cn'];
    throw new ApiError('API_WRONG_SITE', refused, { siteEn: site.en, siteZh: site.zh });
  }
  const wire = { ...(validateInput(def, input) as Record<string, unknown>) };
  const headers: Record<string, string> = {};
  for (const [field, header] of Object.entries(def.headerFields ?? {})) {
    if (wire[field] !== undefined) headers[header] = String(wire[field]);
    delete wire[field];
  }
  let path = def.path;
  if (path.includes('{domain_id}')) {
    if (!client.domainId) throw new ApiError('API_INVALID_REQUEST', refused, { summaryEn: 'the partner account id (domain id) is not configured', summaryZh: '未配置伙伴账号 ID（domain id）' });
    path = path.replace('{domain_id}', percentEncode(client.domainId));
  }
  const res = await client.call({
    operation: def.name,
    method: def.method,
    path,
    query: def.in === 'query' ? (wire as QueryParams) : undefined,
    body: def.in === 'body' ? wire : undefined,
    headers,
    moneyMoving: def.moneyMoving,
    ratePerSecond: def.ratePerSecond,
    signal: options.signal,
  });
  const out = def.output.safeParse(res.json ?? {});
  if (!out.success) {
    const reason = `unexpected answer shape at ${out.error.issues[0]?.path.join('.') || 'top level'}`;
    const info = { operation: def.name, possiblySent: true, status: res.status, requestId: res.requestId, body: res.json };
    // The call went through; if it moved money we cannot read what it did, so it is unknown.
    throw def.moneyMoving
      ? new ApiError('API_OUTCOME_UNKNOWN', { ...info, outcome: 'unknown' }, { reason })
      : new ApiError('API_INVALID_RESPONSE', { ...info, outcome: 'failed' }, { reason });
  }
  return { ...(out.data as object), requestId: res.requestId } as Result<O>;
}
