// The confirmation a voucher preview hands out binds the whole operation as previewed: the
// execute channel, the profile and a digest of every input field (quota, items in order,
// face value, validity, restrictions, memo, re-send). Any change asks for a new preview.
import { createHash } from 'node:crypto';
import type { ConfirmedFields } from '../infra/writes/confirmation';

export const VOUCHER_EXECUTE_CHANNELS = ['vouchers.issue', 'vouchers.reclaim', 'vouchers.grantQuota', 'vouchers.reclaimQuota'] as const;
export type VoucherExecuteChannel = (typeof VOUCHER_EXECUTE_CHANNELS)[number];

/** Keys sorted, `confirmation` left out, so the preview's input and execute's give one digest. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k, v]) => k !== 'confirmation' && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function voucherConfirmedFields(channel: VoucherExecuteChannel, profileId: string, input: Record<string, unknown>): ConfirmedFields {
  return {
    profileId,
    operation: channel,
    counterpartyId: createHash('sha256').update(JSON.stringify(canonical(input))).digest('base64url'),
    indirectPartnerId: null,
    amount: '',
    retryOf: typeof input.retryOf === 'string' ? input.retryOf : null,
  };
}
