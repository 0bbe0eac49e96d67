// What validation needs from the local store: cached customers, T2s and balances, each with
// the time it was fetched. A port, so validation stays pure and testable without SQLite.
export interface CustomerRef {
  readonly customerId: string;
  readonly accountName: string;
  readonly name: string | null;
  /** "1" referral, "2" resale. */
  readonly associationType: string | null;
  /** The T2 the customer belongs to (money then comes from / goes to that T2). */
  readonly indirectPartnerId: string | null;
  readonly balance: string | null;
  readonly balanceFetchedAt: string | null;
}

export interface T2Ref {
  readonly id: string;
  readonly name: string | null;
  readonly balance: string | null;
  readonly balanceFetchedAt: string | null;
}

export interface Allocatable {
  /** amount − designated amount of the partner's allocatable (or cash) account. */
  readonly amount: string;
  readonly fetchedAt: string;
}

/** A voucher quota: the partner's own (quotas) or one granted to a T2 (child_quotas). */
export interface QuotaRef {
  readonly id: string;
  /** 0 normal, 3 invalid, 4 adjusting, 5 frozen, 6 reclaimed (§4.7, §6.1). */
  readonly status: number | null;
  readonly balance: string | null;
  /** UTC …Z. */
  readonly effectiveTime: string | null;
  readonly expireTime: string | null;
  /** The store's "key=value1/value2; …" text of limit_infos (§6.7). */
  readonly limits: string | null;
  readonly fetchedAt: string;
  /** Child quotas: the T2 holding it and the T1 quota it was carved from. */
  readonly t2Id: string | null;
  readonly parentQuotaId: string | null;
}

/** An issued coupon as last fetched (ListIssuedPartnerCoupons). */
export interface CouponRef {
  readonly id: string;
  readonly customerId: string | null;
  /** 1 not activated, 2 usable, 3 used, 4 expired, 5 reclaimed (§6.4). */
  readonly status: number | null;
  readonly faceValue: string | null;
  readonly balance: string | null;
  readonly indirectPartnerId: string | null;
  readonly fetchedAt: string;
}

export interface ReferenceData {
  customerById(id: string): CustomerRef | undefined;
  /** All customers whose login name is this (case-insensitive); usually zero or one. */
  customersByLogin(login: string): readonly CustomerRef[];
  t2ById(id: string): T2Ref | undefined;
  /** The partner's own allocatable amount; null when never synced. */
  allocatable(): Allocatable | null;
  /** The partner's own voucher quota. */
  quotaById(id: string): QuotaRef | undefined;
  /** A quota the partner granted to a T2. */
  childQuotaById(id: string): QuotaRef | undefined;
  couponById(id: string): CouponRef | undefined;
  /** When the validation runs (quota validity is checked against it), UTC ISO. */
  now(): string;
}

export interface ReferenceSource {
  /** A consistent snapshot for one validation pass. */
  load(): Promise<ReferenceData>;
}

/** In-memory reference data: tests, and the fallback until the store has been synced. */
export function referenceData(input: {
  customers?: readonly CustomerRef[];
  t2s?: readonly T2Ref[];
  allocatable?: Allocatable | null;
  quotas?: readonly QuotaRef[];
  childQuotas?: readonly QuotaRef[];
  coupons?: readonly CouponRef[];
  now?: string;
}): ReferenceData {
  const byId = new Map((input.customers ?? []).map((c) => [c.customerId, c]));
  const byLogin = new Map<string, CustomerRef[]>();
  for (const c of input.customers ?? []) {
    const key = c.accountName.toLowerCase();
    byLogin.set(key, [...(byLogin.get(key) ?? []), c]);
  }
  const t2s = new Map((input.t2s ?? []).map((t) => [t.id, t]));
  const quotas = new Map((input.quotas ?? []).map((q) => [q.id, q]));
  const childQuotas = new Map((input.childQuotas ?? []).map((q) => [q.id, q]));
  const coupons = new Map((input.coupons ?? []).map((c) => [c.id, c]));
  const now = input.now ?? new Date().toISOString();
  return {
    quotaById: (id) => quotas.get(id),
    childQuotaById: (id) => childQuotas.get(id),
    couponById: (id) => coupons.get(id),
    now: () => now,
    customerById: (id) => byId.get(id),
    customersByLogin: (login) => byLogin.get(login.toLowerCase()) ?? [],
    t2ById: (id) => t2s.get(id),
    allocatable: () => input.allocatable ?? null,
  };
}
