// Checks one money intent before anything is sent and says what would happen: who pays, who
// receives, balances before and after. Every refusal is a specific AppError in both languages.
import type { MoneyIntentInput, MoneyPreview, PartyBalance } from '../../../shared/contract/channels/money';
import { AppError, type ErrorCode } from '../../../shared/contract/errors';
import { compareAmounts, parseAmount, sumAmounts, subtractAmounts, type AmountProblem } from '../../../shared/domain/money';
import { factsOf } from '../../../shared/domain/operations';
import type { MoneyReads } from './reads';

const AMOUNT_ERRORS: Readonly<Record<AmountProblem, ErrorCode>> = {
  empty: 'MONEY_AMOUNT_EMPTY',
  format: 'MONEY_AMOUNT_FORMAT',
  tooManyDecimals: 'MONEY_AMOUNT_DECIMALS',
  notPositive: 'MONEY_AMOUNT_NOT_POSITIVE',
  negative: 'MONEY_AMOUNT_NOT_POSITIVE',
  tooLarge: 'MONEY_AMOUNT_TOO_LARGE',
};

/** The amount as the API takes it (> 0, ≤ 2 decimals), canonical with two decimals. */
export function requestAmount(input: string): string {
  const parsed = parseAmount(input, { maxDecimals: 2, positive: true, lenient: true });
  if (!parsed.ok) throw new AppError(AMOUNT_ERRORS[parsed.problem], { input: input.slice(0, 40) });
  return parsed.value;
}

export interface PreviewContext {
  readonly role: 'SP' | 'T1';
  readonly currency: 'CNY' | 'USD';
  readonly reads: MoneyReads;
}

export type UnsignedPreview = Omit<MoneyPreview, 'confirmation' | 'expiresAt'>;

function party(kind: PartyBalance['kind'], id: string, name: string | null, before: string, delta: string, sign: 1 | -1): PartyBalance {
  return { kind, id, name, before, after: sign > 0 ? sumAmounts([before, delta]) : subtractAmounts(before, delta) };
}

export async function previewIntent(intent: MoneyIntentInput, ctx: PreviewContext): Promise<UnsignedPreview> {
  const facts = factsOf(intent.operation);
  if (!facts.tiers.includes(ctx.role)) throw new AppError('MONEY_T1_ONLY');
  if (facts.viaT2 && !intent.indirectPartnerId) throw new AppError('MONEY_T2_REQUIRED');
  const amount = requestAmount(intent.amount);
  // A T2's customer is reclaimed with indirect_partner_id (§5.5, §2.7): the money returns to
  // that T2, so a T1 can reclaim from the customers of its T2s. Only a T1 has T2s.
  const reclaimsT2Customer = intent.operation === 'reclaimCustomer' && !!intent.indirectPartnerId;
  if (reclaimsT2Customer && ctx.role !== 'T1') throw new AppError('MONEY_T1_ONLY');
  const t2Id = facts.counterparty === 't2' ? intent.counterpartyId : facts.viaT2 || reclaimsT2Customer ? (intent.indirectPartnerId ?? null) : null;

  const t2 = t2Id ? await ctx.reads.t2(t2Id) : null;
  if (t2Id && !t2) throw new AppError('MONEY_T2_UNKNOWN', { id: t2Id });
  const t2Name = t2?.name ?? t2Id ?? '';

  let customer = null;
  if (facts.counterparty === 'customer') {
    customer = await ctx.reads.customer(intent.counterpartyId, t2Id);
    if (!customer) {
      if (t2Id) throw new AppError('MONEY_CUSTOMER_NOT_UNDER_T2', { id: intent.counterpartyId, t2: t2Name });
      throw new AppError('MONEY_CUSTOMER_UNKNOWN', { id: intent.counterpartyId });
    }
    if (customer.associationType !== '2') throw new AppError('MONEY_CUSTOMER_NOT_RESALE', { name: customer.name ?? customer.id });
  }

  // Who pays: the partner (its ceiling), a T2 (its ceiling), or the customer (its balance).
  const payerIsT2 = facts.viaT2 || (facts.counterparty === 't2' && facts.direction === 'reclaim');
  const payerIsCustomer = facts.counterparty === 'customer' && facts.direction === 'reclaim';
  const ceiling = payerIsCustomer ? null : await ctx.reads.ceiling(payerIsT2 ? t2Id : null);
  // Who receives a reclaim from a customer: the partner, or the T2 whose customer it is.
  const partnerSide = !payerIsT2 ? (payerIsCustomer ? await ctx.reads.ceiling(t2Id) : ceiling) : null;
  const asOf = [ceiling?.asOf, customer?.asOf, t2?.asOf].filter((x): x is string => !!x).sort()[0] ?? new Date().toISOString();

  if (ceiling && compareAmounts(amount, ceiling.available) > 0) {
    if (payerIsT2) throw new AppError('MONEY_OVER_T2_BALANCE', { name: t2Name, available: ceiling.available, amount, asOf: ceiling.asOf });
    throw new AppError('MONEY_OVER_ALLOCATABLE', { available: ceiling.available, amount, asOf: ceiling.asOf });
  }
  if (payerIsCustomer && customer) {
    const held = customer.balance ?? '0.00';
    if (compareAmounts(amount, held) > 0) {
      throw new AppError('MONEY_OVER_CUSTOMER_BALANCE', { name: customer.name ?? customer.id, available: held, amount, asOf: customer.asOf });
    }
  }

  const customerParty = (sign: 1 | -1) =>
    party('customer', intent.counterpartyId, customer?.name ?? null, customer?.balance ?? '0.00', amount, sign);
  let from: PartyBalance;
  let to: PartyBalance;
  switch (intent.operation) {
    case 'fundCustomer':
      from = party('partner', 'partner', null, ceiling!.available, amount, -1);
      to = customerParty(1);
      break;
    case 'reclaimCustomer':
      from = customerParty(-1);
      to = t2Id
        ? party('t2', t2Id, t2?.name ?? null, partnerSide!.available, amount, 1)
        : party('partner', 'partner', null, partnerSide!.available, amount, 1);
      break;
    case 'fundT2': {
      const t2Ceiling = await ctx.reads.ceiling(t2Id);
      from = party('partner', 'partner', null, ceiling!.available, amount, -1);
      to = party('t2', t2Id!, t2?.name ?? null, t2Ceiling.available, amount, 1);
      break;
    }
    case 'reclaimT2': {
      const own = await ctx.reads.ceiling(null);
      from = party('t2', t2Id!, t2?.name ?? null, ceiling!.available, amount, -1);
      to = party('partner', 'partner', null, own.available, amount, 1);
      break;
    }
    case 'fundT2Customer':
      from = party('t2', t2Id!, t2?.name ?? null, ceiling!.available, amount, -1);
      to = customerParty(1);
      break;
  }
  return {
    operation: intent.operation,
    counterpartyId: intent.counterpartyId,
    counterpartyName: facts.counterparty === 't2' ? (t2?.name ?? null) : (customer?.name ?? null),
    indirectPartnerId: facts.viaT2 || reclaimsT2Customer ? t2Id : null,
    amount,
    currency: ctx.currency,
    from,
    to,
    asOf,
  };
}
