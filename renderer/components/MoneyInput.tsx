import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseAmount, toChineseCapital, type Currency, type ParsedAmount } from '../../shared/domain/money';

export interface MoneyInputProps {
  label: string;
  /** What the operator typed (kept as typed so the caret does not jump). */
  value: string;
  /** `parsed.value` is the canonical decimal string to send when `parsed.ok`. */
  onChange(value: string, parsed: ParsedAmount): void;
  currency?: Currency;
  /** Request amounts take two (the API's rule); filters may allow more. */
  maxDecimals?: number;
  /** Request amounts must be > 0. Default true. */
  positive?: boolean;
  allowNegative?: boolean;
  required?: boolean;
  id?: string;
  testId?: string;
}

/**
 * An amount field that validates with shared/domain/money as the operator types (full-width
 * digits and thousands separators accepted), shows the problem in words, and under the field
 * the amount as finance reads it: 大写 in the Chinese UI, the formatted amount in English.
 */
export function MoneyInput(props: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const autoId = useId();
  const id = props.id ?? autoId;
  const { maxDecimals = 2, positive = true, currency = 'CNY' } = props;
  const [touched, setTouched] = useState(false);
  const parsed = parseAmount(props.value, { lenient: true, maxDecimals, positive, allowNegative: props.allowNegative });
  const showProblem = !parsed.ok && (touched || props.value !== '') && !(parsed.problem === 'empty' && !props.required);
  const readBack = parsed.ok ? (i18n.language === 'zh-CN' ? safeCapital(parsed.value) : formatMoney(parsed.value, { currency })) : '';

  return (
    <div className="field money-input">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        data-testid={props.testId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="money"
        value={props.value}
        required={props.required}
        aria-invalid={showProblem || undefined}
        aria-describedby={`${id}-read ${id}-problem`}
        onBlur={() => setTouched(true)}
        onChange={(e) => {
          const next = e.target.value;
          props.onChange(next, parseAmount(next, { lenient: true, maxDecimals, positive, allowNegative: props.allowNegative }));
        }}
      />
      <span id={`${id}-read`} className="money-read-back" aria-live="polite">
        {readBack ? (
          <>
            {i18n.language === 'zh-CN' ? <span className="help">{t('kit.money.capital')}：</span> : null}
            <span lang={i18n.language === 'zh-CN' ? 'zh-CN' : undefined} data-testid={props.testId ? `${props.testId}-read` : undefined}>
              {readBack}
            </span>
          </>
        ) : null}
      </span>
      <span id={`${id}-problem`} className="field-error" role={showProblem ? 'alert' : undefined}>
        {showProblem && !parsed.ok ? t(`kit.money.problem.${parsed.problem}`, { max: maxDecimals }) : ''}
      </span>
    </div>
  );
}

function safeCapital(amount: string): string {
  try {
    return toChineseCapital(amount);
  } catch {
    return '';
  }
}
