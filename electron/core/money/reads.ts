// The facts a money preview is checked against: the partner's (or a T2's) grant ceiling, the
// customer (resale or referral, under which T2) and its balance, the T2 and its balance.
// Read through the partner API and kept for a short time, so a preview and the execute that
// follows it see the same numbers (the API still refuses anything that no longer fits).
import { AppError } from '../../../shared/contract/errors';
import { subtractAmounts } from '../../../shared/domain/money';
import type { PartnerApi } from '../infra/partner-api';

export interface CeilingFact {
  /** amount − designated_amount of the allocatable account (§5.1). */
  readonly available: string;
  readonly asOf: string;
}
export interface CustomerFact {
  readonly id: string;
  readonly name: string | null;
  /** "1" referral, "2" resale (§3.4). */
  readonly associationType: string | null;
  /** The T2 the customer belongs to (null: the partner's own). */
  readonly indirectPartnerId: string | null;
  /** Partner-funded balance; null when the customer has none (or is not resale). */
  readonly balance: string | null;
  readonly asOf: string;
}
export interface T2Fact {
  readonly id: string;
  readonly name: string | null;
  readonly asOf: string;
}

export interface MoneyReads {
  /** The caller's ceiling, or a T2's when `t2Id` is given. */
  ceiling(t2Id: string | null): Promise<CeilingFact>;
  customer(id: string, t2Id: string | null): Promise<CustomerFact | null>;
  t2(id: string): Promise<T2Fact | null>;
  /** Forget cached facts (after a money operation changed them). */
  invalidate(): void;
}

const TTL_MS = 60_000;

function unavailable(error: unknown): AppError {
  if (error instanceof AppError && error.code === 'API_NETWORK') return new AppError('MONEY_OFFLINE', { endpoint: String(error.details.endpoint ?? '') });
  return new AppError('MONEY_BALANCES_UNAVAILABLE', { reason: error instanceof Error ? error.message : String(error) });
}

export function partnerApiReads(api: PartnerApi, now: () => Date = () => new Date()): MoneyReads {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && now().getTime() - hit.at < TTL_MS) return hit.value as Promise<T>;
    const value = load().catch((e: unknown) => {
      cache.delete(key);
      throw unavailable(e);
    });
    cache.set(key, { at: now().getTime(), value });
    return value;
  };
  const stamp = () => now().toISOString();

  return {
    ceiling: (t2Id) =>
      cached(`ceiling:${t2Id ?? ''}`, async () => {
        const r = await api.funding.listPartnerBalances(t2Id ? { indirect_partner_id: t2Id } : {});
        const rows = r.account_balances ?? [];
        const row = rows.find((b) => b.account_type === 8) ?? rows.find((b) => b.account_type === 1);
        const amount = row ? row.amount.toFixed(2) : '0.00';
        const designated = row?.designated_amount ? row.designated_amount.toFixed(2) : '0.00';
        return { available: subtractAmounts(amount, designated), asOf: stamp() };
      }),
    customer: (id, t2Id) =>
      cached(`customer:${id}:${t2Id ?? ''}`, async () => {
        const list = await api.customers.listSubCustomers({ customer_id: id, limit: 1, ...(t2Id ? { indirect_partner_id: t2Id } : {}) });
        const info = list.customer_infos?.find((c) => c.customer_id === id);
        if (!info) return null;
        const b = await api.funding.listCustomersBalancesDetail({ customer_infos: [{ customer_id: id }], ...(t2Id ? { indirect_partner_id: t2Id } : {}) });
        const bal = b.customer_balances?.find((x) => x.customer_id === id);
        return {
          id,
          name: info.customer ?? info.account_name ?? null,
          associationType: info.association_type ?? null,
          indirectPartnerId: t2Id,
          balance: bal?.amount ? bal.amount.toFixed(2) : null,
          asOf: stamp(),
        };
      }),
    t2: (id) =>
      cached(`t2:${id}`, async () => {
        const r = await api.resellers.listIndirectPartners({ indirect_partner_id: id, limit: 1 });
        const p = r.indirect_partners?.find((x) => x.indirect_partner_id === id);
        return p ? { id, name: p.name ?? p.account_name ?? null, asOf: stamp() } : null;
      }),
    invalidate: () => cache.clear(),
  };
}
