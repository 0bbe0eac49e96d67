// Commands that move money or decide about it: fund, reclaim (preview; --yes confirms with
// the preview's single-use confirmation, through money.execute and all its gates), activity
// reconcile, and batch plans (import, approve, execute, status).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { JournalEntryView, ReconcileSummary } from '../../../shared/contract/channels/activity';
import type { MoneyIntentInput, MoneyPreview } from '../../../shared/contract/channels/money';
import { PLAN_KINDS, type PlanDetail, type PlanKind, type PlanSummary } from '../../../shared/contract/channels/plans';
import { toChineseCapital } from '../../../shared/domain/money';
import { flag, only, required, UsageError, type Parsed } from '../args';
import { EXIT, exitForState, type ExitCode } from '../exit-codes';
import type { CliCore } from '../host';
import { money, outcome, progress, table, type Outcome } from '../output';

function intentOf(p: Parsed, verb: 'fund' | 'reclaim'): MoneyIntentInput {
  only(p, verb, ['customer', 't2', 'amount', 'memo', 'yes']);
  const customer = flag(p, 'customer');
  const t2 = flag(p, 't2');
  const amount = required(p, 'amount', verb);
  const memo = flag(p, 'memo');
  if (customer === undefined && t2 === undefined) throw new UsageError(`${verb} needs --customer ID or --t2 ID`);
  if (customer !== undefined) {
    if (verb === 'reclaim' && t2 !== undefined) throw new UsageError('reclaim takes --customer or --t2, not both (a T2 customer’s T2 is known from the store)');
    const operation = verb === 'reclaim' ? 'reclaimCustomer' : t2 !== undefined ? 'fundT2Customer' : 'fundCustomer';
    return { operation, counterpartyId: customer, ...(t2 !== undefined && verb === 'fund' ? { indirectPartnerId: t2 } : {}), amount, memo };
  }
  return { operation: verb === 'fund' ? 'fundT2' : 'reclaimT2', counterpartyId: t2!, amount, memo };
}

function previewText(v: MoneyPreview): string[] {
  return [
    `${v.operation} ${v.counterpartyId}${v.counterpartyName ? ` (${v.counterpartyName})` : ''}: ${money(v.amount, v.currency)} — ${toChineseCapital(v.amount)}`,
    `  from ${v.from.kind} ${v.from.id}: ${money(v.from.before, v.currency)} → ${money(v.from.after, v.currency)}`,
    `  to   ${v.to.kind} ${v.to.id}: ${money(v.to.before, v.currency)} → ${money(v.to.after, v.currency)}`,
    `  balances as of ${v.asOf}`,
  ];
}

function entryText(e: JournalEntryView): string[] {
  const lines = [`entry ${e.id}: ${e.state}${e.transId ? ` · trans id ${e.transId}` : ''}`];
  const last = e.events.at(-1);
  if (last?.code) lines.push(`  ${last.code}: ${last.message ?? ''}`);
  if (exitForState(e.state) === EXIT.unknown) lines.push(`  The outcome is unknown: do not send it again. Reconcile it: partner-desk activity reconcile ${e.id}`);
  return lines;
}

export async function moveMoney(p: Parsed, cli: CliCore, verb: 'fund' | 'reclaim'): Promise<Outcome> {
  const intent = intentOf(p, verb);
  const preview = await cli.call<MoneyPreview>('money.preview', intent);
  if (p.flags.yes !== true) {
    return outcome({ sent: false, preview }, [...previewText(preview), 'Not sent. Run the same command with --yes to send it.']);
  }
  progress(previewText(preview).join('\n'));
  const entry = await cli.call<JournalEntryView>('money.execute', { ...intent, confirmation: preview.confirmation });
  return outcome({ sent: true, preview, entry }, entryText(entry), exitForState(entry.state));
}

export async function reconcile(p: Parsed, cli: CliCore): Promise<Outcome> {
  only(p, 'activity reconcile', ['all']);
  const id = p.words[2];
  if (p.flags.all === true) {
    if (id) throw new UsageError('activity reconcile takes an entry id or --all, not both');
    const s = await cli.call<ReconcileSummary>('activity.reconcileAll');
    return outcome(s, [`examined ${s.examined}: ${s.applied} applied, ${s.notApplied} not applied, ${s.stillUnknown} still unknown`, ...s.entries.flatMap(entryText)], s.stillUnknown ? EXIT.unknown : EXIT.ok);
  }
  if (!id) throw new UsageError('activity reconcile needs an entry id (or --all)');
  const entry = await cli.call<JournalEntryView>('activity.reconcile', { id });
  // Reconciled "not applied" is a decided outcome: nothing moved, and it may be sent again.
  const exit = entry.state === 'reconciled-not-applied' ? EXIT.ok : exitForState(entry.state);
  return outcome(entry, entryText(entry), exit);
}

function planText(plan: PlanSummary): string[] {
  const x = plan.execution;
  return [
    `plan ${plan.id} "${plan.name}" (${plan.kind}): ${plan.status} · ${plan.rowCount} rows, ${plan.errorRows} with problems · total ${money(plan.total)}`,
    `  approval: ${plan.approval ? `${plan.approval.approver} at ${plan.approval.approvedAt}${plan.approvalValid ? '' : ' (not valid for this content)'}` : 'none'}`,
    ...(x ? [`  executed ${x.done}/${x.total}: ${x.succeeded} applied, ${x.failed} failed, ${x.unknown} unknown, ${x.notApplied} not applied · moved ${money(x.amountMoved)}`] : []),
  ];
}

function planExit(plan: PlanSummary): ExitCode {
  const x = plan.execution;
  if (!x) return EXIT.ok;
  if (x.unknown > 0) return EXIT.unknown;
  return x.failed > 0 || x.notApplied > 0 ? EXIT.refused : EXIT.ok;
}

async function planImport(p: Parsed, cli: CliCore): Promise<Outcome> {
  only(p, 'plans import', ['kind', 'name']);
  const file = p.words[2];
  if (!file) throw new UsageError('plans import needs the sheet file (CSV or XLSX)');
  const kind = required(p, 'kind', 'plans import');
  if (!(PLAN_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${PLAN_KINDS.join(', ')}`);
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const plan = await cli.call<PlanDetail>('plans.importSheet', { fileName: basename(file), kind: kind as PlanKind, contentBase64: content.toString('base64'), name: flag(p, 'name') });
  const problems = plan.rows.flatMap((r) => r.problems.map((x) => `  line ${r.sourceLine ?? '?'} ${r.target}: ${x.messages.en}`));
  const text = [...planText(plan), ...problems, ...plan.problems.map((x) => `  plan: ${x.messages.en}`)];
  // The draft is kept either way; rows with problems are bad input to fix (here or in the app).
  return outcome(plan, text, plan.errorRows > 0 || plan.problems.length > 0 ? EXIT.badInput : EXIT.ok);
}

async function planExecute(id: string, cli: CliCore): Promise<Outcome> {
  const stop = cli.core.events.subscribe((e) => {
    if (e.name === 'task.progress' && e.payload.task === `plan:${id}`) progress(`plan ${id}: ${e.payload.done}/${e.payload.total ?? '?'} ${e.payload.state}`);
  });
  try {
    let plan = await cli.call<PlanDetail>('plans.execute', { id });
    while (plan.status === 'running') {
      await new Promise((r) => setTimeout(r, 250));
      plan = await cli.call<PlanDetail>('plans.get', { id });
    }
    return outcome(plan, planText(plan), planExit(plan));
  } finally {
    stop();
  }
}

export async function plans(p: Parsed, cli: CliCore): Promise<Outcome> {
  const [, sub, id] = p.words;
  if (sub === 'import') return planImport(p, cli);
  if (sub === 'status' && !id) {
    only(p, 'plans status', []);
    const list = await cli.call<PlanSummary[]>('plans.list');
    return outcome(list, table(['id', 'name', 'kind', 'status', 'rows', 'total', 'approved'], list.map((x) => [x.id, x.name, x.kind, x.status, String(x.rowCount), money(x.total), x.approvalValid ? 'yes' : 'no'])));
  }
  if (sub !== 'approve' && sub !== 'execute' && sub !== 'status') throw new UsageError('plans needs import, approve, execute or status');
  only(p, `plans ${sub}`, []);
  if (!id) throw new UsageError(`plans ${sub} needs a plan id`);
  if (sub === 'status') {
    const plan = await cli.call<PlanDetail>('plans.get', { id });
    return outcome(plan, planText(plan), planExit(plan));
  }
  if (sub === 'approve') {
    const current = await cli.call<PlanDetail>('plans.get', { id });
    const plan = await cli.call<PlanDetail>('plans.approve', { id, contentHash: current.contentHash });
    return outcome(plan, planText(plan));
  }
  return planExecute(id, cli);
}
