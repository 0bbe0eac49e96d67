// Commands that read or fetch: profiles, sync, customers, activity list, plans status.
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JournalPage } from '../../../shared/contract/channels/activity';
import { journalStates, type JournalState } from '../../../shared/contract/channels/activity';
import type { ProfilesList } from '../../../shared/contract/channels/profiles';
import type { CustomerRow, ExportResult, Page } from '../../../shared/contract/channels/review';
import { syncLists, type SyncList, type SyncStatus } from '../../../shared/contract/channels/sync';
import type { FiredAlertView } from '../../../shared/contract/channels/alerts';
import { alertRuleText, alertSubjectsText } from '../../../shared/domain/alert-text';
import { flag, only, positiveInt, UsageError, type Parsed } from '../args';
import { EXIT } from '../exit-codes';
import type { CliCore } from '../host';
import { money, outcome, progress, table, type Outcome } from '../output';

export async function profiles(p: Parsed, cli: CliCore): Promise<Outcome> {
  only(p, 'profiles', []);
  const list = await cli.call<ProfilesList>('profiles.list');
  const rows = list.profiles.map((x) => [x.active ? '*' : '', x.id, x.name, x.site, x.role, x.domainId]);
  return outcome(list, table(['', 'id', 'name', 'site', 'role', 'domain id'], rows));
}

function listsOf(p: Parsed): SyncList[] | undefined {
  const text = flag(p, 'lists');
  if (text === undefined) return undefined;
  const lists = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const l of lists) if (!(syncLists as readonly string[]).includes(l)) throw new UsageError(`unknown list "${l}"; lists: ${syncLists.join(', ')}`);
  return lists as SyncList[];
}

export async function sync(p: Parsed, cli: CliCore): Promise<Outcome> {
  only(p, 'sync', ['lists', 'months']);
  const months = flag(p, 'months')?.split(',').map((s) => s.trim()).filter(Boolean);
  const stop = cli.core.events.subscribe((e) => {
    if (e.name === 'task.progress' && e.payload.task.startsWith('sync:') && e.payload.state !== 'running') {
      progress(`${e.payload.task.slice(5)}: ${e.payload.state} (${e.payload.done}${e.payload.total !== null ? `/${e.payload.total}` : ''})`);
    }
  });
  try {
    await cli.call('sync.start', { lists: listsOf(p), months });
    let status = await cli.call<SyncStatus>('sync.status');
    while (status.running) {
      await new Promise((r) => setTimeout(r, 200));
      status = await cli.call<SyncStatus>('sync.status');
    }
    // The alerts were checked when the run finished (sync.finished); show what fires now.
    const firing = (await cli.call<FiredAlertView[]>('alerts.list', { limit: 200 })).filter((a) => a.current);
    const ran = status.lists.filter((l) => l.state !== 'idle');
    const bad = ran.filter((l) => l.state === 'failed' || l.state === 'partial' || l.state === 'cancelled');
    const text = [
      ...table(['list', 'state', 'rows', 'as of'], ran.map((l) => [l.list, l.state, String(l.rowCount), l.asOf ?? '—'])),
      ...bad.flatMap((l) => l.failures.map((f) => `${l.list}: ${f.what}: ${f.code} ${f.message}`)),
      ...firing.map((a) => `alert #${a.seq}: ${alertRuleText(a, 'en')} — ${alertSubjectsText(a.kind, a.subjects, 'en')}`),
    ];
    return outcome({ ...status, alertsFiring: firing }, text, bad.length ? EXIT.refused : EXIT.ok);
  } finally {
    stop();
  }
}

export async function customers(p: Parsed, cli: CliCore): Promise<Outcome> {
  const [, sub, ...rest] = p.words;
  if (sub === 'search') {
    only(p, 'customers search', ['limit']);
    const search = rest.join(' ').trim();
    if (!search) throw new UsageError('customers search needs the text to search for');
    const page = await cli.call<Page<CustomerRow>>('review.customers', { search, limit: positiveInt(p, 'limit', 50, 1000) });
    const rows = page.rows.map((c) => [c.customerId, c.accountName, c.customerName ?? '', c.indirectPartnerId ?? '', money(c.balance)]);
    return outcome(page, [...table(['customer id', 'account', 'name', 'T2', 'balance'], rows), `${page.total} match · as of ${page.asOf ?? 'never synced'}`]);
  }
  if (sub === 'export') {
    only(p, 'customers export', ['search', 'format', 'out']);
    const format = flag(p, 'format') ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format must be csv or xlsx');
    const result = await cli.call<ExportResult>('review.export', { view: 'customers', query: { search: flag(p, 'search') }, format });
    const out = flag(p, 'out');
    const path = out ? resolve(out) : result.path;
    if (out) copyFileSync(result.path, path);
    return outcome({ ...result, path }, [`${result.rowCount} customers written to ${path}`]);
  }
  throw new UsageError('customers needs search or export');
}

export async function activityList(p: Parsed, cli: CliCore): Promise<Outcome> {
  only(p, 'activity list', ['state', 'limit']);
  const state = flag(p, 'state');
  if (state !== undefined && !(journalStates as readonly string[]).includes(state)) throw new UsageError(`--state must be one of ${journalStates.join(', ')}`);
  const page = await cli.call<JournalPage>('activity.list', {
    filters: state ? { states: [state as JournalState] } : {},
    limit: positiveInt(p, 'limit', 50, 1000),
  });
  const rows = page.entries.map((e) => [e.id, e.createdAt, e.operation, e.counterpartyId, money(e.amount, e.currency), e.state, e.transId ?? '']);
  return outcome(page, [...table(['id', 'created', 'operation', 'counterparty', 'amount', 'state', 'trans id'], rows), `${page.total} entries, ${page.unresolved} unresolved`]);
}
