import { useTranslation } from 'react-i18next';
import { recentBeijingMonths } from '../../components/format/time';

/** The 18 bill months the API keeps (Beijing time), newest first; several may be chosen. */
export const BILL_WINDOW = recentBeijingMonths(new Date(), 18).reverse();

/** The same 18 months in UTC: the international site's postpaid bills close by UTC month. */
export const UTC_BILL_WINDOW = ((now: Date) =>
  Array.from({ length: 18 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7)))(new Date());

export function BillMonthsPicker({ value, onChange, choices = BILL_WINDOW, testId = 'bill-months' }: {
  value: readonly string[]; onChange: (months: string[]) => void; choices?: readonly string[]; testId?: string;
}) {
  const { t } = useTranslation();
  const toggle = (m: string) => onChange(value.includes(m) ? value.filter((x) => x !== m) : [...value, m].sort());
  return (
    <fieldset className="filters" data-testid={testId}>
      <legend>{t('bills.months.legend')}</legend>
      {choices.map((m) => (
        <label key={m} className="check">
          <input type="checkbox" checked={value.includes(m)} onChange={() => toggle(m)} data-testid={`${testId === 'bill-months' ? 'bill-month' : testId}-${m}`} />
          {m}
        </label>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onChange(choices.slice(0, 3).sort())}>{t('bills.months.last3')}</button>
        <button type="button" className="button" onClick={() => onChange([...choices].sort())}>{t('bills.months.all')}</button>
        <button type="button" className="button" onClick={() => onChange([])}>{t('bills.months.none')}</button>
      </div>
      <p className="help">{t('bills.months.hint', { count: value.length })}</p>
    </fieldset>
  );
}
