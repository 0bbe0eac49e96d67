import { useTranslation } from 'react-i18next';
import { describeTime } from './format/time';

/** A time in the operator's zone; the API's UTC in the title (or underneath with `stacked`). */
export function DateTime({ value, stacked = false }: { value: string | null | undefined; stacked?: boolean }) {
  const { t } = useTranslation();
  const time = describeTime(value);
  if (!time) return <span>{value ?? t('kit.table.noValue')}</span>;
  if (stacked) {
    return (
      <span className="datetime-stacked">
        <time dateTime={value ?? undefined}>{time.local}</time>
        <small>{time.utc}</small>
      </span>
    );
  }
  return (
    <time dateTime={value ?? undefined} title={t('kit.asOf.utc', { time: time.utc })}>
      {time.local}
    </time>
  );
}
