import { useTranslation } from 'react-i18next';
import { describeTime } from './format/time';

/** "As of 2026-11-25 09:44" in the operator's zone; the API's UTC in the title. */
export function AsOf({ value, testId }: { value: string | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  const time = describeTime(value);
  if (!time) {
    return (
      <p className="as-of as-of-never" data-testid={testId}>
        {t('kit.asOf.never')}
      </p>
    );
  }
  return (
    <p className="as-of" data-testid={testId}>
      <time dateTime={value ?? undefined} title={t('kit.asOf.utc', { time: time.utc })}>
        {t('kit.asOf.label', { time: time.local })}
      </time>
      <small className="as-of-utc">{time.utc}</small>
    </p>
  );
}
