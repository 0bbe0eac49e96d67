// A money port for plan runs in team tests: every intent journaled (pending, sent, then done)
// in the journal given — the SQLite Journal or a workstation's TeamJournal, so plan items
// reference real entries — and "applied" by a fake partner after a realistic latency. The
// partner's own record (`applied`) is what reconciliation reads, as the real one reads
// Huawei's records: a send whose answer was lost is found there, never sent again.
import type { JournalEntryView } from '../../shared/contract/channels/activity';
import type { NewJournalEntry, NewJournalEvent } from '../../electron/core/infra/journal/journal';
import type { PlanMoneyPort } from '../../electron/core/plans/run/money-port';

type Maybe<T> = T | Promise<T>;

export interface PortJournal {
  begin(entry: NewJournalEntry): Maybe<JournalEntryView>;
  append(entryId: string, event: NewJournalEvent): Maybe<JournalEntryView>;
  require(id: string): Maybe<JournalEntryView>;
  byPlanItem(planId: string, planItemId: string): Maybe<readonly JournalEntryView[]>;
}

/** What the fake partner applied: one per plan item, unless something sent twice. */
export class FakePartner {
  readonly applied: string[] = [];
  /** Every send as it left: which plan item, from which workstation, when (ms since epoch). */
  readonly sends: { readonly item: string; readonly by: string; readonly at: number }[] = [];

  constructor(readonly latencyMs: number) {}

  appliedTwice(): string[] {
    return this.applied.filter((k, i) => this.applied.indexOf(k) !== i);
  }
}

const keyOf = (e: { planId: string | null; planItemId: string | null }) => `${e.planId}#${e.planItemId}`;

export function journalPort(journal: PortJournal, partner: FakePartner, workstation = 'ws'): PlanMoneyPort {
  let n = 0;
  const send = async (intent: Parameters<PlanMoneyPort['execute']>[0]): Promise<JournalEntryView> => {
    const { operator, ...rest } = intent;
    const entry = await journal.begin({ ...rest, operator, profileId: 'p1', profileName: 'Team', currency: 'CNY' });
    await journal.append(entry.id, { state: 'sent', operator });
    partner.sends.push({ item: keyOf(entry), by: workstation, at: Date.now() });
    await new Promise((r) => setTimeout(r, partner.latencyMs));
    partner.applied.push(keyOf(entry));
    return journal.append(entry.id, { state: 'done', operator, transId: `T${++n}-${entry.id.slice(0, 8)}` });
  };
  return {
    execute: send,
    async executeMany(intents) {
      return Promise.all(intents.map(async (i) => ({ ok: true as const, entry: await send(i) })));
    },
    async reconcile(entryId, operator) {
      const e = await journal.require(entryId);
      const found = partner.applied.includes(keyOf(e));
      return journal.append(entryId, { state: found ? 'reconciled-done' : 'reconciled-not-applied', operator });
    },
    entriesOf: async (planId, planItemId) => journal.byPlanItem(planId, planItemId),
  };
}
