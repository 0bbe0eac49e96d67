import { useState } from 'react';
import { parseAmount } from '../../shared/domain/money';

/**
 * A small amount box for range filters: applies the canonical decimal when what is typed is an
 * amount, clears the bound when empty, and says so (without applying) when it is not.
 */
export function AmountFilter(props: { id: string; label: string; value: string | undefined; invalidText: string; onChange(value: string | undefined): void }) {
  const [text, setText] = useState(props.value ?? '');
  const parsed = parseAmount(text, { lenient: true, allowNegative: true, maxDecimals: 8 });
  const invalid = text.trim() !== '' && !parsed.ok;
  return (
    <label htmlFor={props.id}>
      {props.label}
      <input
        id={props.id}
        data-testid={props.id}
        className="money"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid || undefined}
        title={invalid ? props.invalidText : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseAmount(e.target.value, { lenient: true, allowNegative: true, maxDecimals: 8 });
          if (e.target.value.trim() === '') props.onChange(undefined);
          else if (next.ok) props.onChange(next.value);
        }}
      />
    </label>
  );
}
