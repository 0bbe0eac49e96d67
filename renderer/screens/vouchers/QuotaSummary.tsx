// One quota in words: type and status, what is left, validity, every restriction (§6.7).
import { useTranslation } from 'react-i18next';
import type { QuotaRow } from '../../../shared/contract/channels/review';
import { describeQuota } from '../../../shared/domain/voucher-limits';
import { formatInZone, parseApiTime } from '../../components/format/time';
import { limitLanguage } from './voucher-columns';

const timeText = (iso: string) => {
  const d = parseApiTime(iso);
  return d ? formatInZone(d) : iso;
};

export function QuotaSummary({ quota, testId }: { readonly quota: QuotaRow; readonly testId?: string }) {
  const { t, i18n } = useTranslation();
  const words = describeQuota(quota, limitLanguage(i18n.language), timeText);
  return (
    <div className="quota-summary" data-testid={testId ?? 'quota-summary'}>
      <p>
        <strong>{words.type}</strong> <span className="mono">{quota.quotaId}</span> — {t('vouchers.quota.quotaStatus')}: {words.status}
      </p>
      <p data-testid="quota-remaining">{words.remaining}</p>
      <p data-testid="quota-validity">{words.validity}</p>
      <ul aria-label={t('vouchers.quota.limits')} data-testid="quota-restrictions">
        {words.restrictions.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
