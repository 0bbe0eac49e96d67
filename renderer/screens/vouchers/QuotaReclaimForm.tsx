// T1: take back what is left of child quotas from their T2s (ReclaimCouponQuotas, §4.6, up to
// ten per call); vouchers the T2 already issued stay with its customers.
import { useTranslation } from 'react-i18next';
import { codeText } from '../../components/codes';
import { MoneyCell } from '../../components/MoneyCell';
import { useVoucherForms, type QuotaReclaimDraft } from '../../stores/voucher-forms-store';
import { TargetList } from './TargetList';

export function QuotaReclaimForm({ draft }: { readonly draft: QuotaReclaimDraft }) {
  const { t } = useTranslation();
  const { patch, removeItem } = useVoucherForms();
  return (
    <div className="form-grid" data-testid="quota-reclaim-form">
      <TargetList
        caption={t('vouchers.quotaReclaim.quotas', { formatted: draft.quotas.length.toLocaleString() })}
        testId="quota-reclaim-targets"
        headers={[t('vouchers.quota.indirectPartnerName'), t('vouchers.quota.quotaStatus'), t('vouchers.quota.balance')]}
        rows={draft.quotas.map((q) => ({
          id: q.quotaId,
          mono: q.quotaId,
          cells: [q.indirectPartnerName ?? q.indirectPartnerId ?? '', codeText(t, 'vouchers.quotaStatus', q.quotaStatus), <MoneyCell key="b" amount={q.balance} />],
        }))}
        onRemove={removeItem}
      />
      <div className="field">
        <label htmlFor="quota-reclaim-remark">{t('vouchers.quotaReclaim.remark')}</label>
        <input id="quota-reclaim-remark" type="text" maxLength={256} value={draft.remark} onChange={(e) => patch({ remark: e.target.value })} />
      </div>
      <p className="help">{t('vouchers.quotaReclaim.help')}</p>
    </div>
  );
}
