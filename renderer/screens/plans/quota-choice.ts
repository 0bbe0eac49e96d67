// What the Plans screen's quota picker offers and refuses, kept pure so it is tested without a
// browser. A voucher plan draws on one quota: an issue plan on one of our own quotas or (a T1
// issuing to a T2's customers) the child quota we gave that T2, which also names the T2; a
// grant plan on one of our own quotas. The core checks the same again at preview and execute
// (electron/core/plans/validate-vouchers.ts); here the operator hears it before importing.
import { compareAmounts } from '../../../shared/domain/money';
import { describeQuota, type LimitLanguage } from '../../../shared/domain/voucher-limits';
import type { QuotaOption } from '../vouchers/quota-options';

/** Why a choice cannot be used, with what the message names. */
export type QuotaChoiceProblem =
  | { readonly code: 'unknown'; readonly quotaId: string }
  | { readonly code: 'gone'; readonly quotaId: string }
  | { readonly code: 'notUsable'; readonly quotaId: string; readonly status: string }
  | { readonly code: 'expired'; readonly quotaId: string; readonly to: string }
  | { readonly code: 'notYet'; readonly quotaId: string; readonly from: string }
  | { readonly code: 'empty'; readonly quotaId: string };

const ms = (iso: string | null): number | null => {
  if (!iso) return null;
  const text = /[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : t;
};

/** The option a plan's settings point at: the same quota id and the same T2 (none for our own). */
export function findChoice(options: readonly QuotaOption[], quotaId: string | undefined, t2: string | undefined): QuotaOption | null {
  const id = quotaId?.trim();
  if (!id) return null;
  const who = t2?.trim() || null;
  return options.find((o) => o.quota.quotaId === id && o.indirectPartnerId === who) ?? null;
}

/**
 * The first reason a chosen quota cannot be drawn on now: not in the synced lists, no longer
 * listed by Huawei, not in status normal, outside its validity, or nothing left. `quotaId`
 * empty means nothing is chosen yet, which is no error of its own (the core names it at preview).
 */
export function choiceProblem(choice: QuotaOption | null, quotaId: string | undefined, now: number, lang: LimitLanguage, time: (iso: string) => string): QuotaChoiceProblem | null {
  const id = quotaId?.trim() ?? '';
  if (!id) return null;
  if (!choice) return { code: 'unknown', quotaId: id };
  const q = choice.quota;
  if (q.deletedAt) return { code: 'gone', quotaId: id };
  if (q.quotaStatus !== 0) return { code: 'notUsable', quotaId: id, status: describeQuota(q, lang, time).status };
  const from = ms(q.effectiveTime);
  const to = ms(q.expireTime);
  if (to !== null && now >= to) return { code: 'expired', quotaId: id, to: time(q.expireTime!) };
  if (from !== null && now < from) return { code: 'notYet', quotaId: id, from: time(q.effectiveTime!) };
  if (q.balance === null || compareAmounts(q.balance, '0') <= 0) return { code: 'empty', quotaId: id };
  return null;
}

/** Search over what the operator sees: id, type, status, what is left, validity, restrictions, the T2. */
export function matchesSearch(option: QuotaOption, text: string, lang: LimitLanguage, time: (iso: string) => string): boolean {
  const terms = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const w = describeQuota(option.quota, lang, time);
  const hay = [option.quota.quotaId, option.indirectPartnerId, option.indirectPartnerName, w.type, w.status, w.remaining, w.validity, ...w.restrictions]
    .filter((s): s is string => Boolean(s))
    .join(' ')
    .toLowerCase();
  return terms.every((t) => hay.includes(t));
}

/** Usable quotas first, then by the nearest expiry, so the likely choice is on top. */
export function orderChoices(options: readonly QuotaOption[], now: number, time: (iso: string) => string): QuotaOption[] {
  const bad = (o: QuotaOption) => (choiceProblem(o, o.quota.quotaId, now, 'en', time) ? 1 : 0);
  const end = (o: QuotaOption) => ms(o.quota.expireTime) ?? Number.MAX_SAFE_INTEGER;
  return [...options].sort((a, b) => bad(a) - bad(b) || end(a) - end(b) || a.quota.quotaId.localeCompare(b.quota.quotaId));
}
