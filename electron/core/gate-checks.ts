// The checks behind the gates channels declare (shared/contract/define.ts GATES). The router
// applies them in order before a handler; the composition root builds them once.
import type { MoneyIntentInput } from '../../shared/contract/channels/money';
import type { Gate } from '../../shared/contract/define';
import { AppError } from '../../shared/contract/errors';
import { compareAmounts, multiplyAmount, sumAmounts } from '../../shared/domain/money';
import { requestAmount } from './money/preview';
import type { MoneyRuntime } from './money/runtime';
import type { GateCheck } from './router';
import { confirmationHash } from './infra/writes/confirmation';
import { VOUCHER_EXECUTE_CHANNELS, voucherConfirmedFields, type VoucherExecuteChannel } from './vouchers/confirm';

export interface InstanceGuard {
  /** Throws DATA_FOLDER_LOCK_LOST unless this process still holds the data folder's lock. */
  assertHeld(): void;
}

export interface GateDeps {
  readonly money: MoneyRuntime;
  readonly instance: InstanceGuard;
  /** plans.execute: throws unless the plan carries a valid approval under the profile's policy. */
  readonly planApproved: (planId: string) => void | Promise<void>;
  /** The profile's limit above which a single operation needs approval (decimal text), or null
   *  (read from the solo file or the team database). */
  readonly singleOperationApprovalLimit: () => string | null | Promise<string | null>;
}

type Input = Record<string, unknown>;

/** Every channel that declares `approved` has its rule here (a test checks the contract against it). */
export const APPROVAL_RULES = ['money.execute', 'plans.execute', ...VOUCHER_EXECUTE_CHANNELS, 'customers.offboard'] as const;

const isVoucherChannel = (channel: string): channel is VoucherExecuteChannel => (VOUCHER_EXECUTE_CHANNELS as readonly string[]).includes(channel);
/** Customer writes bind their confirmation the voucher way: channel, profile, digest of the input. */
export const CUSTOMER_WRITE_CHANNELS = ['customers.create', 'customers.freeze', 'customers.unfreeze', 'customers.setBudget', 'customers.offboard', 'customers.fileRealname'] as const;
const isDigestChannel = (channel: string): channel is VoucherExecuteChannel =>
  isVoucherChannel(channel) || (CUSTOMER_WRITE_CHANNELS as readonly string[]).includes(channel);

/** What a single operation sends out, for the approval limit: nothing for a reclaim (value comes back). */
function outgoingTotal(channel: string, input: Input): string | null {
  const count = (ids: unknown) => new Set(Array.isArray(ids) ? ids : []).size;
  switch (channel) {
    case 'money.execute':
      return requestAmount(String(input.amount));
    case 'vouchers.issue':
      return multiplyAmount(requestAmount(String(input.faceValue)), count(input.customerIds));
    case 'vouchers.grantQuota':
      return multiplyAmount(requestAmount(String(input.amount)), count(input.t2Ids));
    case 'customers.offboard': {
      // An offboarding is one reviewed operation: the whole reclaimed total (balance plus every
      // coupon's remainder) against the limit. The confirmation binds these amounts.
      const coupons = Array.isArray(input.coupons) ? (input.coupons as Array<{ amount: string }>).map((c) => c.amount) : [];
      return sumAmounts([...(typeof input.balance === 'string' ? [input.balance] : []), ...coupons]);
    }
    default:
      // Our choice: reclaims (coupons, child quotas) return value to the partner and need no
      // second person; the approval limit guards what leaves.
      return null;
  }
}

export function createGateChecks(deps: GateDeps): Record<Gate, GateCheck> {
  const confirmed: GateCheck = async ({ channel, input, ctx }) => {
    const i = input as MoneyIntentInput & { confirmation?: string };
    if (!i.confirmation) throw new AppError('MONEY_CONFIRMATION_REQUIRED');
    const money = deps.money.require();
    const fields = isDigestChannel(channel)
      ? voucherConfirmedFields(channel, money.session.profile.id, input as Input)
      : {
          profileId: money.session.profile.id,
          operation: i.operation,
          counterpartyId: i.counterpartyId,
          indirectPartnerId: i.indirectPartnerId ?? null,
          amount: requestAmount(i.amount),
          retryOf: i.retryOf ?? null,
        };
    const ok = deps.money.confirmations.verify(i.confirmation, fields);
    if (!ok) throw new AppError('MONEY_CONFIRMATION_MISMATCH');
    // Used up by one atomic insert (unique token hash; team-wide in a shared database): of
    // two calls with one token, or a replay, only one is told it was the first.
    if (!(await money.executor.journal.useConfirmation(confirmationHash(i.confirmation), ctx.operator, channel))) {
      throw new AppError('MONEY_CONFIRMATION_USED');
    }
  };

  const approved: GateCheck = async ({ channel, input }) => {
    const i = input as Input;
    switch (channel) {
      case 'plans.execute':
        return deps.planApproved(String(i.id));
      case 'money.execute':
      case 'vouchers.issue':
      case 'vouchers.reclaim':
      case 'vouchers.grantQuota':
      case 'vouchers.reclaimQuota':
      case 'customers.offboard': {
        const limit = await deps.singleOperationApprovalLimit();
        const amount = outgoingTotal(channel, i);
        if (limit !== null && amount !== null && compareAmounts(amount, limit) > 0) throw new AppError('MONEY_APPROVAL_REQUIRED', { limit, amount });
        return;
      }
      default:
        throw new AppError('MONEY_GATE_MISSING', { channel, missing: 'an approval rule for this channel' });
    }
  };

  return {
    'single-instance': () => deps.instance.assertHeld(),
    online: () => deps.money.assertOnline(),
    confirmed,
    approved,
  };
}
