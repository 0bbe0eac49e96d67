// Reclaim vouchers: one coupon, the coupons ticked in the issued list, or every reclaimable
// coupon of a customer. What a partly used coupon gives back is its unused balance; the amount
// actually reclaimed comes from the records after the reclaim (shown in the results and the list).
import { useTranslation } from 'react-i18next';
import { codeText } from '../../components/codes';
import { DateTime } from '../../components/DateTime';
import { MoneyCell } from '../../components/MoneyCell';
import { useVoucherForms, type ReclaimDraft } from '../../stores/voucher-forms-store';
import { TargetList } from './TargetList';

export function ReclaimForm({ draft }: { readonly draft: ReclaimDraft }) {
  const { t } = useTranslation();
  const { removeItem } = useVoucherForms();
  return (
    <div data-testid="reclaim-form">
      {draft.customerId ? <p className="help">{t('vouchers.reclaim.ofCustomer', { id: draft.customerId })}</p> : null}
      <TargetList
        caption={t('vouchers.reclaim.coupons', { formatted: draft.coupons.length.toLocaleString() })}
        testId="reclaim-targets"
        headers={[t('vouchers.coupon.customerName'), t('vouchers.coupon.status'), t('vouchers.coupon.faceValue'), t('vouchers.coupon.balance'), t('vouchers.coupon.expireTime')]}
        rows={draft.coupons.map((c) => ({
          id: c.couponId,
          mono: c.couponId,
          cells: [
            c.customerName ?? c.accountName ?? c.customerId ?? '',
            codeText(t, 'customers.couponStatus', c.status),
            <MoneyCell key="f" amount={c.faceValue} />,
            <MoneyCell key="b" amount={c.balance} />,
            <DateTime key="e" value={c.expireTime} />,
          ],
        }))}
        onRemove={removeItem}
      />
      <p className="help">{t('vouchers.reclaim.help')}</p>
    </div>
  );
}
