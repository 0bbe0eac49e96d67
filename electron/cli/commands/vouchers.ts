// `vouchers issue|reclaim` (issue #12's channels): the preview names every item and its
// problems; --yes sends the items without problems with the preview's single-use
// confirmation, through vouchers.issue / vouchers.reclaim and all their gates.
import type { VoucherPreview, VoucherResult } from '../../../shared/contract/channels/vouchers';
import { flag, only, required, UsageError, type Parsed } from '../args';
import { EXIT, type ExitCode } from '../exit-codes';
import type { CliCore } from '../host';
import { money, outcome, progress, type Outcome } from '../output';

const list = (text: string | undefined): string[] | undefined => text?.split(',').map((s) => s.trim()).filter(Boolean);

function previewText(p: VoucherPreview): string[] {
  return [
    `${p.operation}: ${p.sendCount} of ${p.items.length} to send, total ${money(p.total, p.currency)}${p.quotaBalanceAfter !== null ? ` · quota balance after ${money(p.quotaBalanceAfter, p.currency)}` : ''} · ${p.calls} call(s)`,
    ...p.items.map((i) => `  ${i.key} ${i.counterpartyName ?? ''} ${money(i.amount, p.currency)}${i.problems.length ? ` — not sent: ${i.problems.map((x) => x.message.en).join('; ')}` : ''}`),
    `  as of ${p.asOf}`,
  ];
}

function resultExit(r: VoucherResult): ExitCode {
  if (r.unknown > 0) return EXIT.unknown;
  return r.failed > 0 ? EXIT.refused : EXIT.ok;
}

function resultText(r: VoucherResult): string[] {
  return [
    `${r.operation}: ${r.done} done, ${r.failed} failed, ${r.unknown} unknown, ${r.skipped} skipped (${r.calls} call(s))`,
    ...r.items.map((i) => (i.status === 'sent' ? `  ${i.key}: ${i.entry.state}${i.entry.transId ? ` · ${i.entry.transId}` : ''} (entry ${i.entry.id})` : `  ${i.key}: ${i.status}`)),
    ...(r.unknown > 0 ? ['  Unknown outcomes: do not issue them again. Reconcile them: partner-desk activity reconcile --all'] : []),
  ];
}

export async function vouchers(p: Parsed, cli: CliCore): Promise<Outcome> {
  const sub = p.words[1];
  let input: Record<string, unknown>;
  let channels: [string, string];
  if (sub === 'issue') {
    only(p, 'vouchers issue', ['quota', 'customers', 't2', 'face-value', 'valid-from', 'expire', 'memo', 'yes']);
    const customerIds = list(required(p, 'customers', 'vouchers issue'));
    input = {
      quotaId: required(p, 'quota', 'vouchers issue'),
      customerIds,
      indirectPartnerId: flag(p, 't2'),
      faceValue: required(p, 'face-value', 'vouchers issue'),
      validTime: flag(p, 'valid-from'),
      expireTime: flag(p, 'expire'),
      memo: flag(p, 'memo'),
    };
    channels = ['vouchers.previewIssue', 'vouchers.issue'];
  } else if (sub === 'reclaim') {
    only(p, 'vouchers reclaim', ['coupons', 'customer', 't2', 'yes']);
    const couponIds = list(flag(p, 'coupons'));
    const customerId = flag(p, 'customer');
    if (!couponIds && !customerId) throw new UsageError('vouchers reclaim needs --coupons ID,ID… or --customer ID (all of its reclaimable vouchers)');
    input = { couponIds, customerId, indirectPartnerId: flag(p, 't2') };
    channels = ['vouchers.previewReclaim', 'vouchers.reclaim'];
  } else {
    throw new UsageError('vouchers needs issue or reclaim');
  }
  const preview = await cli.call<VoucherPreview>(channels[0], input);
  if (p.flags.yes !== true) return outcome({ sent: false, preview }, [...previewText(preview), 'Not sent. Run the same command with --yes to send it.']);
  progress(previewText(preview).join('\n'));
  const result = await cli.call<VoucherResult>(channels[1], { ...input, confirmation: preview.confirmation });
  return outcome({ sent: true, preview, result }, resultText(result), resultExit(result));
}
