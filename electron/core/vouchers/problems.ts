// A per-item problem in both languages, from the error catalogue.
import type { VoucherItemProblem } from '../../../shared/contract/channels/vouchers';
import { errorCatalog, formatMessage, type ErrorCode } from '../../../shared/contract/errors';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { AsyncJournal } from '../infra/journal/async-journal';
import { callOfIntent, type MoneyIntent } from '../infra/writes/executor';
import { intentKeyOf } from '../infra/writes/registry';

export function problem(code: ErrorCode, details: Record<string, unknown> = {}): VoucherItemProblem {
  const m = errorCatalog[code];
  return { code, message: { en: formatMessage(m.en, details), 'zh-CN': formatMessage(m['zh-CN'], details) } };
}

/** The unresolved entries by intent key, read once per preview (one query, not one per item). */
export type UnresolvedTwins = ReadonlyMap<string, JournalEntryView>;

export async function unresolvedTwins(journal: AsyncJournal): Promise<UnresolvedTwins> {
  const byKey = new Map<string, JournalEntryView>();
  // Oldest first: the twin named is the earliest, as the journal's own check names it.
  for (const e of await journal.unresolved()) if (!byKey.has(e.intentKey)) byKey.set(e.intentKey, e);
  return byKey;
}

/** An unresolved identical write blocks a new one (the executor refuses it too, inside its transaction). */
export function unresolvedProblem(unresolved: UnresolvedTwins, intent: MoneyIntent, id: string): VoucherItemProblem | null {
  const twin = unresolved.get(intentKeyOf(callOfIntent(intent)));
  return twin ? problem('VOUCHER_UNRESOLVED', { id, entry: twin.id.slice(0, 8) }) : null;
}

/** The earlier ids are kept; a repeat is a problem of its own (the answer could not tell them apart). */
export function repeats(ids: readonly string[]): Set<number> {
  const seen = new Set<string>();
  const out = new Set<number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.add(i);
    seen.add(id);
  });
  return out;
}

/** Status words of a coupon (§6.4) and a quota (§4.7). */
export const COUPON_STATUS = {
  3: { en: 'used up', 'zh-CN': '已用完' },
  4: { en: 'expired', 'zh-CN': '已过期' },
  5: { en: 'already reclaimed', 'zh-CN': '已回收' },
} as const;
export const QUOTA_STATUS = {
  3: { en: 'invalid (expired or invalidated)', 'zh-CN': '已失效（过期或被作废）' },
  4: { en: 'being adjusted', 'zh-CN': '调整中' },
  5: { en: 'frozen', 'zh-CN': '已冻结' },
  6: { en: 'already reclaimed', 'zh-CN': '已回收' },
} as const;
