// Issue vouchers: from a quota (shown in words), to the customers listed (preselected from the
// Customers table, or added here one by one), with a face value and optional validity and memo.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../components/MoneyInput';
import { toIssueTarget, useVoucherForms, type IssueDraft } from '../../stores/voucher-forms-store';
import { CustomerPicker } from './CustomerPicker';
import { QuotaSummary } from './QuotaSummary';
import { useQuotaOptions } from './quota-options';
import { TargetList } from './TargetList';

export function IssueForm({ draft, t1 }: { readonly draft: IssueDraft; readonly t1: boolean }) {
  const { t } = useTranslation();
  const { patch, removeItem } = useVoucherForms();
  const { options, loaded } = useQuotaOptions('issue', t1);
  const chosen = options.find((o) => o.quota.quotaId === draft.quotaId) ?? null;
  const ids = useMemo(() => new Set(draft.customers.map((c) => c.customerId)), [draft.customers]);
  return (
    <div className="form-grid" data-testid="issue-form">
      <div className="field">
        <label htmlFor="issue-quota">{t('vouchers.issue.quota')}</label>
        <select id="issue-quota" value={draft.quotaId} onChange={(e) => {
            const option = options.find((o) => o.quota.quotaId === e.target.value);
            patch({ quotaId: e.target.value, indirectPartnerId: option?.indirectPartnerId ?? null });
          }} data-testid="issue-quota">
          <option value="">{loaded ? t('vouchers.issue.pickQuota') : t('common.loading')}</option>
          {options.map((o) => (
            <option key={o.quota.quotaId} value={o.quota.quotaId}>
              {o.indirectPartnerId ? t('vouchers.issue.quotaOfReseller', { id: o.quota.quotaId, name: o.indirectPartnerName ?? o.indirectPartnerId }) : o.quota.quotaId}
            </option>
          ))}
        </select>
        {loaded && options.length === 0 ? <p className="help">{t('vouchers.issue.noQuotas')}</p> : null}
      </div>
      {chosen ? <QuotaSummary quota={chosen.quota} testId="issue-quota-summary" /> : null}
      <MoneyInput label={t('vouchers.issue.faceValue')} value={draft.faceValue} onChange={(faceValue) => patch({ faceValue })} required testId="issue-face-value" />
      <div className="field">
        <label htmlFor="issue-valid-from">{t('vouchers.issue.validFrom')}</label>
        <input id="issue-valid-from" type="date" value={draft.validFrom} onChange={(e) => patch({ validFrom: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="issue-valid-to">{t('vouchers.issue.validTo')}</label>
        <input id="issue-valid-to" type="date" value={draft.validTo} onChange={(e) => patch({ validTo: e.target.value })} />
        <p className="help">{t('vouchers.issue.validityHelp')}</p>
      </div>
      <div className="field">
        <label htmlFor="issue-services">{t('vouchers.issue.serviceTypes')}</label>
        <input id="issue-services" type="text" value={draft.serviceTypes} onChange={(e) => patch({ serviceTypes: e.target.value })} placeholder="hws.service.type.ec2" />
      </div>
      <div className="field">
        <label htmlFor="issue-products">{t('vouchers.issue.productIds')}</label>
        <input id="issue-products" type="text" value={draft.productIds} onChange={(e) => patch({ productIds: e.target.value })} />
        <p className="help">{t('vouchers.issue.restrictionHelp')}</p>
      </div>
      <div className="field">
        <label htmlFor="issue-memo">{t('vouchers.issue.memo')}</label>
        <input id="issue-memo" type="text" maxLength={200} value={draft.memo} onChange={(e) => patch({ memo: e.target.value })} />
      </div>
      <CustomerPicker exclude={ids} onPick={(row) => patch({ customers: [...draft.customers, toIssueTarget(row)] })} />
      <TargetList
        caption={t('vouchers.issue.customers', { formatted: draft.customers.length.toLocaleString() })}
        testId="issue-targets"
        rows={draft.customers.map((c) => ({
          id: c.customerId,
          cells: [c.customerName ?? c.accountName ?? t('vouchers.issue.unknownCustomer'), c.accountName ?? '', c.indirectPartnerName ?? c.indirectPartnerId ?? ''],
          mono: c.customerId,
        }))}
        headers={[t('vouchers.coupon.customerName'), t('vouchers.coupon.accountName'), t('vouchers.quota.indirectPartnerName')]}
        onRemove={removeItem}
      />
    </div>
  );
}
