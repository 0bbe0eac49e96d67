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

export interface ReferenceData {
  customerById(id: string): CustomerRef | undefined;
  /** All customers whose login name is this (case-insensitive); usually zero or one. */
  customersByLogin(login: string): readonly CustomerRef[];
  t2ById(id: string): T2Ref | undefined;
  /** The partner's own allocatable amount; null when never synced. */
  allocatable(): Allocatable | null;
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
}): ReferenceData {
  const byId = new Map((input.customers ?? []).map((c) => [c.customerId, c]));
  const byLogin = new Map<string, CustomerRef[]>();
  for (const c of input.customers ?? []) {
    const key = c.accountName.toLowerCase();
    byLogin.set(key, [...(byLogin.get(key) ?? []), c]);
  }
  const t2s = new Map((input.t2s ?? []).map((t) => [t.id, t]));
  return {
    customerById: (id) => byId.get(id),
    customersByLogin: (login) => byLogin.get(login.toLowerCase()) ?? [],
    t2ById: (id) => t2s.get(id),
    allocatable: () => input.allocatable ?? null,
  };
}
