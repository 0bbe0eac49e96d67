import { useTranslation } from 'react-i18next';
import { recentBeijingMonths } from '../../components/format/time';

/** The 18 bill months the API keeps (Beijing time), newest first; several may be chosen. */
export const BILL_WINDOW = recentBeijingMonths(new Date(), 18).reverse();

export function BillMonthsPicker({ value, onChange }: { value: readonly string[]; onChange: (months: string[]) => void }) {
  const { t } = useTranslation();
  const toggle = (m: string) => onChange(value.includes(m) ? value.filter((x) => x !== m) : [...value, m].sort());
  return (
    <fieldset className="filters" data-testid="bill-months">
      <legend>{t('bills.months.legend')}</legend>
      {BILL_WINDOW.map((m) => (
        <label key={m} className="check">
          <input type="checkbox" checked={value.includes(m)} onChange={() => toggle(m)} data-testid={`bill-month-${m}`} />
          {m}
        </label>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={() => onChange(BILL_WINDOW.slice(0, 3).sort())}>{t('bills.months.last3')}</button>
        <button type="button" className="button" onClick={() => onChange([...BILL_WINDOW].sort())}>{t('bills.months.all')}</button>
        <button type="button" className="button" onClick={() => onChange([])}>{t('bills.months.none')}</button>
      </div>
      <p className="help">{t('bills.months.hint', { count: value.length })}</p>
    </fieldset>
  );
}
