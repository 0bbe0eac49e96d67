// A customer's vouchers in their detail panel, with Reclaim per coupon that can still be
// reclaimed and "reclaim all of them" for a leaving customer; the amount a reclaim actually
// took back shows once the voucher records are synced.
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../shared/contract/channels/review';
import type { Currency } from '../../../shared/domain/money';
import { AsOf } from '../../components/AsOf';
import { codeText } from '../../components/codes';
import { DateTime } from '../../components/DateTime';
import { MoneyCell } from '../../components/MoneyCell';
import { openReclaim } from '../../stores/vouchers-store';

/** Not activated (1) or usable (2): what ReclaimPartnerCoupons can still take back (§6.3, §6.4). */
const reclaimable = (status: number | null) => status === 1 || status === 2;

export function CustomerVouchers({ detail, currency }: { readonly detail: CustomerDetail; readonly currency: Currency }) {
  const { t } = useTranslation();
  const customerId = detail.customer.customerId;
  const open = detail.coupons.filter((v) => reclaimable(v.status) && v.deletedAt === null).length;
  return (
    <>
      <h3>{t('customers.detail.coupons')}</h3>
      {detail.coupons.length === 0 ? (
        <p className="help">{t('customers.detail.none')}</p>
      ) : (
        <>
          <table className="mini-table" data-testid="customer-coupons">
            <thead>
              <tr>
                <th scope="col">{t('customers.detail.couponId')}</th>
                <th scope="col">{t('customers.detail.status')}</th>
                <th scope="col" className="money">{t('customers.detail.faceValue')}</th>
                <th scope="col" className="money">{t('customers.detail.remaining')}</th>
                <th scope="col" className="money">{t('vouchers.coupon.reclaimedAmount')}</th>
                <th scope="col">{t('customers.detail.expires')}</th>
                <th scope="col"><span className="visually-hidden">{t('vouchers.action.reclaimOne')}</span></th>
              </tr>
            </thead>
            <tbody>
              {detail.coupons.map((v) => (
                <tr key={v.couponId}>
                  <td className="mono">{v.couponId}</td>
                  <td>{codeText(t, 'customers.couponStatus', v.status)}</td>
                  <td className="money"><MoneyCell amount={v.faceValue} currency={currency} /></td>
                  <td className="money"><MoneyCell amount={v.balance} currency={currency} /></td>
                  <td className="money"><MoneyCell amount={v.reclaimedAmount} currency={currency} /></td>
                  <td><DateTime value={v.expireTime} /></td>
                  <td>
                    {reclaimable(v.status) && v.deletedAt === null ? (
                      <button
                        type="button"
                        className="button"
                        onClick={() => void openReclaim({ couponIds: [v.couponId] })}
                        aria-label={`${t('vouchers.action.reclaimOne')} ${v.couponId}`}
                        data-testid={`coupon-reclaim-${v.couponId}`}
                      >
                        {t('vouchers.action.reclaimOne')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {open > 0 ? (
            <button type="button" className="button" onClick={() => void openReclaim({ customerId })} data-testid="customer-reclaim-vouchers">
              {t('vouchers.action.reclaimCustomer')}
            </button>
          ) : null}
        </>
      )}
      <AsOf value={detail.asOf.coupons} />
    </>
  );
}
