import { formatMoney, isNegativeAmount, isRoundedForDisplay, type Currency } from '../../shared/domain/money';

/**
 * An amount as finance reads it: right-aligned, tabular digits, thousands separators, two
 * decimals, the currency. When the stored value has more decimals, the exact value is in the title.
 */
export function MoneyCell({ amount, currency = 'CNY', decimals = 2 }: { amount: string | null; currency?: Currency; decimals?: number }) {
  if (amount === null || amount === '') return <span className="money">—</span>;
  let text: string;
  try {
    text = formatMoney(amount, { currency, decimals });
  } catch {
    // A malformed amount from the store is shown as is rather than hidden.
    return <span className="money">{amount}</span>;
  }
  const negative = isNegativeAmount(amount);
  return (
    <span className={negative ? 'money money-negative' : 'money'} title={isRoundedForDisplay(amount, decimals) ? amount : undefined}>
      {text}
    </span>
  );
}

/** Currency of a row's `currency` field: USD on the international site, CNY otherwise. */
export function currencyOf(code: string | null | undefined): Currency {
  return code === 'USD' ? 'USD' : 'CNY';
}
