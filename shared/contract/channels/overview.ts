// Overview (issue #15): the landing screen's one read — "who needs money or attention
// today?" — from the active profile's local store and journal, so it works offline too.
import { z } from 'zod';
import { channel } from '../define';
import type { JournalEntryView } from './activity';
import type { AccountBalanceRow } from './review-rows';
import type { SyncList, SyncListState } from './sync';

export interface OverviewCustomer {
  readonly customerId: string;
  readonly accountName: string;
  readonly name: string | null;
  readonly indirectPartnerId: string | null;
  /** Decimal text. */
  readonly balance: string;
  readonly debt: string | null;
  readonly reason: 'debt' | 'below';
}

export interface OverviewReseller {
  readonly indirectPartnerId: string;
  readonly name: string | null;
  readonly accountName: string | null;
  readonly amount: string;
  readonly currency: string | null;
  readonly fetchedAt: string;
}

export interface OverviewExpiring {
  readonly id: string;
  /** Coupons: the customer holding it; quotas: null (the partner's own) or the T2. */
  readonly ownerId: string | null;
  readonly balance: string | null;
  readonly expireTime: string;
}

export interface OverviewMonth {
  /** YYYY-MM (Beijing time, as bill cycles are). */
  readonly month: string;
  /** Sum of fundings (adjust records of type BEADJUST) that month, decimal text. */
  readonly funding: string;
  /** Sum of the customers' monthly bills, decimal text. */
  readonly consumption: string;
}

export interface OverviewView {
  readonly profile: { readonly id: string; readonly name: string; readonly role: 'SP' | 'T1' };
  readonly currency: string;
  /** The partner's own balances (allocatable, designated, credit) with their as-of time. */
  readonly balances: { readonly rows: readonly AccountBalanceRow[]; readonly asOf: string | null };
  /** T1 only (null for an SP): each T2's balance. */
  readonly resellers: { readonly rows: readonly OverviewReseller[]; readonly asOf: string | null } | null;
  /** Customers in debt or under the threshold (the profile's "customer below" alert rule). */
  readonly attention: {
    readonly threshold: string | null;
    readonly total: number;
    readonly customers: readonly OverviewCustomer[];
    readonly asOf: string | null;
  };
  /** Vouchers and quotas expiring within `days` days (the profile's expiry alert rules, else 30). */
  readonly expiring: {
    readonly days: number;
    readonly coupons: readonly OverviewExpiring[];
    readonly couponTotal: number;
    readonly quotas: readonly OverviewExpiring[];
    readonly asOf: string | null;
  };
  /** Money operations with an unknown outcome, oldest first (reconcile them before anything else). */
  readonly unresolved: { readonly total: number; readonly entries: readonly JournalEntryView[] };
  readonly lastSync: readonly { readonly list: SyncList; readonly asOf: string | null; readonly state: SyncListState }[];
  /** The last six months, oldest first. */
  readonly months: readonly OverviewMonth[];
  readonly alerts: { readonly firing: number; readonly lastCheckedAt: string | null };
}

export const overviewChannels = {
  get: channel<OverviewView>()(z.undefined().optional(), ['NO_ACTIVE_PROFILE', 'STORE_UNAVAILABLE', 'STORE_CORRUPT']),
};
