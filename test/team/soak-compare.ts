// The end of the team soak: the sandbox's applied-operation log against the team journal and
// the plans' items. Every customer of the soak is funded by one plan item or one offer only,
// so each has exactly one intended funding:
//   duplicates — a plan item or offer applied more than once (records or applied entries);
//   lost — an entry done / reconciled-done whose trans id the sandbox never applied (or
//          applied for another customer or amount), or a sandbox record no entry claims;
//   unexplained — a plan item not finished with an outcome that says what happened (applied,
//          or failed with nothing applied), an offer not applied, an entry still unresolved.
import type { JournalEntryView } from '../../shared/contract/channels/activity';
import type { TeamDatabase } from '../../electron/core/infra/team/team-database';
import type { RunningSandbox } from '../../electron/sandbox/index';
import type { Offer } from './soak-world';

export interface Comparison {
  readonly planItems: number;
  readonly offers: number;
  readonly applied: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly unexplained: number;
  /** Offers and items applied by a re-send (the first send proven not applied). */
  readonly resent: number;
  readonly details: string[];
}

const isApplied = (e: JournalEntryView) => e.state === 'done' || e.state === 'reconciled-done';

export async function compareTeamSoak(sb: RunningSandbox, db: TeamDatabase, planIds: readonly string[], offers: readonly Offer[]): Promise<Comparison> {
  const details: string[] = [];
  let duplicates = 0;
  let lost = 0;
  let unexplained = 0;
  const log = sb.control.log();
  const entries = (await db.journal.list({}, 0, 100_000)).entries;
  const byTrans = new Map(log.map((r) => [r.transId, r]));
  const recordsOf = (customerId: string) => log.filter((r) => r.customerId === customerId);
  const claimed = new Set<string>();
  for (const e of entries.filter(isApplied)) {
    const r = e.transId ? byTrans.get(e.transId) : undefined;
    if (!r) {
      lost += 1;
      details.push(`entry ${e.id} says applied as ${e.transId}: the sandbox has no such operation`);
    } else if (r.customerId !== e.counterpartyId || r.amount !== e.amount) {
      lost += 1;
      details.push(`entry ${e.id} claims ${e.transId}, which moved ${r.amount} to ${r.customerId}`);
    }
    if (e.transId) claimed.add(e.transId);
  }
  for (const r of log) {
    if (!r.transId || !claimed.has(r.transId)) {
      lost += 1;
      details.push(`the sandbox applied ${r.transId} (${r.amount} to ${r.customerId}) and no entry explains it`);
    }
  }
  for (const e of entries.filter((x) => x.state === 'pending' || x.state === 'sent' || x.state === 'unknown')) {
    unexplained += 1;
    details.push(`entry ${e.id} (${e.counterpartyId} ${e.amount}) is still ${e.state}`);
  }
  /** One intended funding: at most one record and one applied entry. */
  const once = (what: string, customerId: string, mine: readonly JournalEntryView[]): number => {
    const records = recordsOf(customerId).length;
    const appliedEntries = mine.filter(isApplied).length;
    const extra = Math.max(records, appliedEntries) - 1;
    if (extra > 0) {
      duplicates += extra;
      details.push(`${what}: applied ${records} times in the sandbox, ${appliedEntries} applied entries`);
    }
    return records;
  };
  let planItems = 0;
  let resent = 0;
  for (const planId of planIds) {
    const plan = await db.plans.require(planId);
    if (plan.status !== 'finished') {
      unexplained += 1;
      details.push(`plan ${planId} ends ${plan.status}`);
    }
    for (const item of await db.plans.items(planId)) {
      planItems += 1;
      const what = `plan ${planId.slice(0, 8)} item ${item.index}`;
      const mine = await db.journal.byPlanItem(planId, String(item.index));
      const records = once(what, item.counterpartyId, mine);
      const last = mine.at(-1);
      if (mine.length > 1 && last && isApplied(last)) resent += 1;
      const explained =
        ((item.outcome === 'done' || item.outcome === 'reconciled-done') && records === 1 && last?.id === item.journalEntryId && isApplied(last) && last.transId === item.transId) ||
        ((item.outcome === 'failed' || item.outcome === 'skipped') && records === 0);
      if (!explained) {
        unexplained += 1;
        details.push(`${what}: ends ${item.outcome} (entry ${item.journalEntryId}: ${mine.map((e) => e.state).join(',')}), ${records} sandbox records`);
      }
    }
  }
  for (const o of offers) {
    const mine = entries.filter((e) => e.planId === null && e.counterpartyId === o.customerId && e.amount === o.amount).sort((x, y) => x.seq - y.seq);
    const records = once(`offer ${o.n}`, o.customerId, mine);
    if (mine.length > 1 && mine.some(isApplied)) resent += 1;
    if (records !== 1 || !mine.some(isApplied)) {
      unexplained += 1;
      details.push(`offer ${o.n}: ${records} sandbox records, entries ${mine.map((e) => e.state).join(',') || 'none'}`);
    }
  }
  return { planItems, offers: offers.length, applied: log.length, duplicates, lost, unexplained, resent, details };
}
