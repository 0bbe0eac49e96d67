// The voucher action being prepared (issue, reclaim, grant or reclaim reseller quota): its form,
// then Review… → the preview with every problem per customer or reseller → confirm → the
// per-item results. Opened from this screen or from another (Customers: "Issue voucher to selected").
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useNeedsApi } from '../../components/OfflineBanner';
import { useVoucherForms } from '../../stores/voucher-forms-store';
import { useVoucherSend } from '../../stores/voucher-send-store';
import { IssueForm } from './IssueForm';
import { QuotaGrantForm } from './QuotaGrantForm';
import { QuotaReclaimForm } from './QuotaReclaimForm';
import { ReclaimForm } from './ReclaimForm';
import { VoucherConfirm } from './VoucherConfirm';
import { VoucherResults } from './VoucherResults';

export function VoucherActionPanel({ t1 }: { readonly t1: boolean }) {
  const { t } = useTranslation();
  const { draft, loading, error, close } = useVoucherForms();
  const send = useVoucherSend();
  const needsApi = useNeedsApi();
  if (!draft && !loading && !error) return null;
  const empty =
    !draft ||
    (draft.kind === 'issue' && draft.customers.length === 0) ||
    (draft.kind === 'reclaim' && draft.coupons.length === 0) ||
    (draft.kind === 'grant' && draft.t2Ids.length === 0) ||
    (draft.kind === 'quotaReclaim' && draft.quotas.length === 0);
  return (
    <section className="detail-panel voucher-action" aria-labelledby="voucher-action-title" data-testid="voucher-action">
      <div className="screen-head">
        <h2 id="voucher-action-title">{draft ? t(`vouchers.form.title.${draft.kind}`) : t('vouchers.form.loading')}</h2>
        <button type="button" className="button" onClick={() => { send.reset(); close(); }}>
          {t('vouchers.form.close')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {loading ? <p>{t('vouchers.form.loading')}</p> : null}
      {draft?.kind === 'issue' ? <IssueForm draft={draft} t1={t1} /> : null}
      {draft?.kind === 'reclaim' ? <ReclaimForm draft={draft} /> : null}
      {draft?.kind === 'grant' ? <QuotaGrantForm draft={draft} /> : null}
      {draft?.kind === 'quotaReclaim' ? <QuotaReclaimForm draft={draft} /> : null}
      {/* Once sent, the form is done: sending it again would be a second intent for the same items. */}
      {draft && !send.result ? (
        <div className="toolbar">
          <button
            type="button"
            className="button button-primary"
            disabled={empty || send.busy !== null || needsApi.disabled}
            title={needsApi.disabled ? needsApi.reason : undefined}
            onClick={() => void send.review(draft)}
            data-testid="voucher-review"
          >
            {t('vouchers.form.review')}
          </button>
        </div>
      ) : null}
      <ErrorNotice error={send.error} />
      <VoucherConfirm />
      <VoucherResults />
    </section>
  );
}
