// money.* channels: targets (pickers), preview (validate + confirmation token) and execute
// (confirmed, journaled, sent once).
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { MoneyTarget } from '../../../shared/contract/channels/money';
import { AppError } from '../../../shared/contract/errors';
import type { PartnerApi } from '../infra/partner-api';
import { previewIntent } from './preview';
import type { MoneyRuntime } from './runtime';

const TARGET_LIMIT = 100;

export function moneyHandlers(runtime: MoneyRuntime): AreaHandlers<Contract, 'money'> {
  const preview = async (input: Parameters<AreaHandlers<Contract, 'money'>['preview']>[0]) => {
    const money = runtime.require();
    const unsigned = await previewIntent(input, { role: money.role, currency: money.executor.profile.currency, reads: money.reads });
    const { token, expiresAt } = runtime.confirmations.issue({
      profileId: money.session.profile.id,
      operation: unsigned.operation,
      counterpartyId: unsigned.counterpartyId,
      indirectPartnerId: unsigned.indirectPartnerId,
      amount: unsigned.amount,
      retryOf: input.retryOf ?? null,
    });
    return { ...unsigned, confirmation: token, expiresAt };
  };

  return {
    targets: async () => {
      const money = runtime.require();
      const api = money.session.api as PartnerApi;
      try {
        const ceiling = await money.reads.ceiling(null);
        const list = await api.customers.listSubCustomers({ limit: TARGET_LIMIT, association_type: '2' });
        const infos = list.customer_infos ?? [];
        const balances = infos.length
          ? await api.funding.listCustomersBalancesDetail({ customer_infos: infos.map((c) => ({ customer_id: c.customer_id })) })
          : { customer_balances: [] };
        const balanceOf = new Map((balances.customer_balances ?? []).map((b) => [b.customer_id, b.amount ? b.amount.toFixed(2) : null]));
        const customers: MoneyTarget[] = infos.map((c) => ({
          kind: 'customer', id: c.customer_id, name: c.customer ?? c.account_name, indirectPartnerId: null, balance: balanceOf.get(c.customer_id) ?? null,
        }));
        let resellers: MoneyTarget[] = [];
        if (money.role === 'T1') {
          const r = await api.resellers.listIndirectPartners({ limit: TARGET_LIMIT });
          resellers = (r.indirect_partners ?? [])
            .filter((p) => p.indirect_partner_id)
            .map((p) => ({ kind: 't2', id: p.indirect_partner_id as string, name: p.name ?? p.account_name ?? null, indirectPartnerId: null, balance: null }));
        }
        return {
          role: money.role,
          currency: money.executor.profile.currency,
          partnerAllocatable: ceiling.available,
          asOf: ceiling.asOf,
          customers,
          resellers,
        };
      } catch (error) {
        if (error instanceof AppError && error.code.startsWith('MONEY_')) throw error;
        throw new AppError('MONEY_BALANCES_UNAVAILABLE', { reason: error instanceof Error ? error.message : String(error) });
      }
    },
    // Gates (online; single-instance, confirmed, approved for execute) are declared on the
    // channels in shared/contract and applied by the router.
    preview,
    execute: async (input, ctx) => {
      // Re-validate: the balances may have moved since the preview.
      const checked = await preview(input);
      return runtime.require().executor.execute(
        {
          operation: checked.operation,
          counterpartyId: checked.counterpartyId,
          counterpartyName: checked.counterpartyName,
          indirectPartnerId: checked.indirectPartnerId,
          amount: checked.amount,
          memo: input.memo ?? null,
          retryOf: input.retryOf ?? null,
        },
        { operator: ctx.operator },
      );
    },
  };
}
