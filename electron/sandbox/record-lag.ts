// Record lag: on the real service the record lists (adjust, coupon and quota records) catch up
// with a write some time after it was applied, while balances change at once. A lag per write
// operation hides the records that operation produced until `seconds` after their apply time
// (by the sandbox clock); their own operation_time stays the apply time.

/** Write operations whose records the list APIs can show late. */
export const LAGGED_OPERATIONS = [
  'UpdateCustomerAccountAmount', 'ReclaimToPartnerAccount', 'UpdateIndirectPartnerAccount', 'ReclaimIndirectPartnerAccount',
  'CreatePartnerCoupons', 'ReclaimPartnerCoupons', 'UpdateCouponQuotas', 'ReclaimCouponQuotas',
] as const;

export type LaggedOperation = (typeof LAGGED_OPERATIONS)[number];

export interface RecordLagSpec {
  /** A write operation of LAGGED_OPERATIONS, or `*` for all of them (a named operation wins over `*`). */
  operation: string;
  /** Seconds after the apply time before the records show, ≥ 0. */
  seconds: number;
}

export class RecordLag {
  private readonly lags = new Map<string, number>();

  set(spec: RecordLagSpec): RecordLagSpec {
    const { operation, seconds } = spec;
    if (operation !== '*' && !(LAGGED_OPERATIONS as readonly string[]).includes(operation)) {
      throw new Error(`operation must be * or one of ${LAGGED_OPERATIONS.join(', ')}`);
    }
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) throw new Error('seconds must be a number ≥ 0');
    this.lags.set(operation, seconds);
    return { operation, seconds };
  }

  remove(operation: string): boolean {
    return this.lags.delete(operation);
  }

  clear(): void {
    this.lags.clear();
  }

  list(): RecordLagSpec[] {
    return [...this.lags].map(([operation, seconds]) => ({ operation, seconds }));
  }

  /** Whether a record `operation` produced at `time` shows in the lists at `now` (all epoch ms). */
  listed(operation: LaggedOperation, time: number, now: number): boolean {
    const seconds = this.lags.get(operation) ?? this.lags.get('*') ?? 0;
    return seconds === 0 || now >= time + seconds * 1000;
  }
}

/** Parses `--record-lag OP:SECONDS`, e.g. `UpdateCustomerAccountAmount:90` or `*:30`. */
export function parseRecordLagFlag(text: string): RecordLagSpec {
  const at = text.lastIndexOf(':');
  const seconds = at > 0 && text.slice(at + 1) !== '' ? Number(text.slice(at + 1)) : Number.NaN;
  if (Number.isNaN(seconds)) throw new Error(`bad --record-lag ${text}; want OP:SECONDS with OP * or one of ${LAGGED_OPERATIONS.join(', ')}`);
  return { operation: text.slice(0, at), seconds };
}
