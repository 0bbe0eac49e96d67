// The checks behind the gates channels declare (shared/contract/define.ts GATES). The router
// applies them in order before a handler; the composition root builds them once.
import type { MoneyIntentInput } from '../../shared/contract/channels/money';
import type { Gate } from '../../shared/contract/define';
import { AppError } from '../../shared/contract/errors';
import { compareAmounts } from '../../shared/domain/money';
import { requestAmount } from './money/preview';
import type { MoneyRuntime } from './money/runtime';
import type { GateCheck } from './router';
import { confirmationHash } from './infra/writes/confirmation';

export interface InstanceGuard {
  /** Throws DATA_FOLDER_LOCK_LOST unless this process still holds the data folder's lock. */
  assertHeld(): void;
}

export interface GateDeps {
  readonly money: MoneyRuntime;
  readonly instance: InstanceGuard;
  /** plans.execute: throws unless the plan carries a valid approval under the profile's policy. */
  readonly planApproved: (planId: string) => void | Promise<void>;
  /** The profile's limit above which a single operation needs approval (decimal text), or null. */
  readonly singleOperationApprovalLimit: () => string | null;
}

type Input = Record<string, unknown>;

/** Every channel that declares `approved` has its rule here (a test checks the contract against it). */
export const APPROVAL_RULES = ['money.execute', 'plans.execute'] as const;

export function createGateChecks(deps: GateDeps): Record<Gate, GateCheck> {
  const confirmed: GateCheck = ({ channel, input, ctx }) => {
    const i = input as MoneyIntentInput & { confirmation?: string };
    if (!i.confirmation) throw new AppError('MONEY_CONFIRMATION_REQUIRED');
    const money = deps.money.require();
    const ok = deps.money.confirmations.verify(i.confirmation, {
      profileId: money.session.profile.id,
      operation: i.operation,
      counterpartyId: i.counterpartyId,
      indirectPartnerId: i.indirectPartnerId ?? null,
      amount: requestAmount(i.amount),
      retryOf: i.retryOf ?? null,
    });
    if (!ok) throw new AppError('MONEY_CONFIRMATION_MISMATCH');
    // Verified and used up in one synchronous step: no other call can interleave here.
    if (!money.executor.journal.useConfirmation(confirmationHash(i.confirmation), ctx.operator, channel)) {
      throw new AppError('MONEY_CONFIRMATION_USED');
    }
  };

  const approved: GateCheck = ({ channel, input }) => {
    const i = input as Input;
    switch (channel) {
      case 'plans.execute':
        return deps.planApproved(String(i.id));
      case 'money.execute': {
        const limit = deps.singleOperationApprovalLimit();
        const amount = requestAmount(String(i.amount));
        if (limit !== null && compareAmounts(amount, limit) > 0) throw new AppError('MONEY_APPROVAL_REQUIRED', { limit, amount });
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
