// T1: grant voucher quota to one or many T2s out of one of the T1's own quotas, the same
// amount to each (UpdateCouponQuotas, §4.5).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResellerRow } from '../../../shared/contract/channels/review';
import { api } from '../../bridge';
import { MoneyInput } from '../../components/MoneyInput';
import { useVoucherForms, type GrantDraft } from '../../stores/voucher-forms-store';
import { QuotaSummary } from './QuotaSummary';
import { useQuotaOptions } from './quota-options';

export function QuotaGrantForm({ draft }: { readonly draft: GrantDraft }) {
  const { t } = useTranslation();
  const { patch } = useVoucherForms();
  const { options, loaded } = useQuotaOptions('grant', true);
  const [resellers, setResellers] = useState<readonly ResellerRow[]>([]);
  useEffect(() => {
    void api.review
      .resellers({ offset: 0, limit: 1000, filters: {}, sort: { column: 'name', direction: 'asc' } })
      .then((p) => setResellers(p.rows))
      .catch(() => setResellers([]));
  }, []);
  const chosen = options.find((o) => o.quota.quotaId === draft.quotaId) ?? null;
  const picked = new Set(draft.t2Ids);
  const toggle = (id: string) => patch({ t2Ids: picked.has(id) ? draft.t2Ids.filter((x) => x !== id) : [...draft.t2Ids, id] });
  return (
    <div className="form-grid" data-testid="grant-form">
      <div className="field">
        <label htmlFor="grant-quota">{t('vouchers.grant.quota')}</label>
        <select id="grant-quota" value={draft.quotaId} onChange={(e) => patch({ quotaId: e.target.value })} data-testid="grant-quota">
          <option value="">{loaded ? t('vouchers.issue.pickQuota') : t('common.loading')}</option>
          {options.map((o) => (
            <option key={o.quota.quotaId} value={o.quota.quotaId}>
              {o.quota.quotaId}
            </option>
          ))}
        </select>
      </div>
      {chosen ? <QuotaSummary quota={chosen.quota} testId="grant-quota-summary" /> : null}
      <MoneyInput label={t('vouchers.grant.amount')} value={draft.amount} onChange={(amount) => patch({ amount })} required testId="grant-amount" />
      <fieldset className="field">
        <legend>{t('vouchers.grant.resellers', { formatted: draft.t2Ids.length.toLocaleString() })}</legend>
        {resellers.length === 0 ? <p className="help">{t('vouchers.grant.noResellers')}</p> : null}
        {resellers.map((r) => (
          <label key={r.indirectPartnerId} className="check">
            <input type="checkbox" checked={picked.has(r.indirectPartnerId)} onChange={() => toggle(r.indirectPartnerId)} data-testid={`grant-t2-${r.indirectPartnerId}`} />
            {r.name ?? r.accountName ?? r.indirectPartnerId} <span className="mono">{r.accountName}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
