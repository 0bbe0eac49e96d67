import { useTranslation } from 'react-i18next';
/**
 * From/to dates for record filters. Dates are days in the operator's zone; the filter sends
 * the start of `from` and the end of `to` as ISO instants, so "to 2026-11-30" includes that day.
 */
export function DateRangeFilter(props: { idPrefix: string; from: string | undefined; to: string | undefined; onChange(range: { from?: string; to?: string }): void }) {
  const { t } = useTranslation();
  const day = (iso: string | undefined) => (iso ? toLocalDay(iso) : '');
  return (
    <>
      <label htmlFor={`${props.idPrefix}-from`}>
        {t('kit.filters.from')}
        <input
          id={`${props.idPrefix}-from`}
          type="date"
          value={day(props.from)}
          onChange={(e) => props.onChange({ from: e.target.value ? startOfLocalDay(e.target.value) : undefined, to: props.to })}
        />
      </label>
      <label htmlFor={`${props.idPrefix}-to`}>
        {t('kit.filters.to')}
        <input
          id={`${props.idPrefix}-to`}
          type="date"
          value={day(props.to)}
          onChange={(e) => props.onChange({ from: props.from, to: e.target.value ? endOfLocalDay(e.target.value) : undefined })}
        />
      </label>
    </>
  );
}

function startOfLocalDay(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}
function endOfLocalDay(day: string): string {
  return new Date(new Date(`${day}T00:00:00`).getTime() + 86_399_999).toISOString();
}
function toLocalDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
