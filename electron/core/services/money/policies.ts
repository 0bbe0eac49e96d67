// Policies wrapped around money handlers at registration, so no money handler can forget one:
// `online(confirmed(execute))` refuses while offline and refuses anything the operator did not
// confirm in a preview of exactly this intent.
import type { CallContext } from '../../../../shared/contract/define';
import type { MoneyIntentInput } from '../../../../shared/contract/channels/money';
import { AppError } from '../../../../shared/contract/errors';
import { requestAmount } from '../../money/preview';
import type { MoneyRuntime } from '../../money/runtime';

type H<I, O> = (input: I, ctx: CallContext) => Promise<O>;

export function online<I, O>(runtime: MoneyRuntime, handler: H<I, O>): H<I, O> {
  return async (input, ctx) => {
    runtime.assertOnline();
    return handler(input, ctx);
  };
}

export function confirmed<I extends MoneyIntentInput & { confirmation?: string }, O>(runtime: MoneyRuntime, handler: H<I, O>): H<I, O> {
  return async (input, ctx) => {
    if (!input.confirmation) throw new AppError('MONEY_CONFIRMATION_REQUIRED');
    const money = runtime.require();
    const ok = runtime.confirmations.verify(input.confirmation, {
      profileId: money.session.profile.id,
      operation: input.operation,
      counterpartyId: input.counterpartyId,
      indirectPartnerId: input.indirectPartnerId ?? null,
      amount: requestAmount(input.amount),
      retryOf: input.retryOf ?? null,
    });
    if (!ok) throw new AppError('MONEY_CONFIRMATION_MISMATCH');
    return handler(input, ctx);
  };
}
