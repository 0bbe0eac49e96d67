import { useTranslation } from 'react-i18next';
import { AsOf } from '../../components/AsOf';
import { BarChart } from '../../components/BarChart';
import { codeText } from '../../components/codes';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { currencyOf, MoneyCell } from '../../components/MoneyCell';
import { useCustomerDetail } from '../../stores/customers-store';
import { CustomerVouchers } from './CustomerVouchers';
import { CustomerActions } from './CustomerActions';
import { CustomerIntlPanel } from './CustomerIntlPanel';
import { CustomerRealnamePanel } from './CustomerRealnamePanel';
import { useProfilesStore } from '../../stores/profiles-store';
import { NOT_ON_SITE_REASON } from '../../../shared/domain/operations';

/** Balance, vouchers, funding history and bills of the selected customer, from the local store. */
export function CustomerDetailPanel() {
  const { t, i18n } = useTranslation();
  const { selectedId, detail, loading, error, select } = useCustomerDetail();
  const intl = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId)?.site) === 'intl';
  if (!selectedId) return null;
  const c = detail?.customer;
  const currency = currencyOf(c?.currency);
  return (
    <aside className="detail-panel" aria-labelledby="customer-detail-title" data-testid="customer-detail">
      <div className="screen-head">
        <h2 id="customer-detail-title">
          {c ? t('customers.detail.titleWithName', { name: c.customerName ?? c.accountName }) : t('customers.detail.title')}
        </h2>
        <button type="button" className="button" onClick={() => void select(null)}>
          {t('kit.detail.close')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {loading ? <p>{t('common.loading')}</p> : null}
      {c && detail ? (
        <>
          <dl className="facts">
            <dt>{t('customers.col.customerId')}</dt>
            <dd className="mono">{c.customerId}</dd>
            <dt>{t('customers.col.accountName')}</dt>
            <dd>{c.accountName}</dd>
            <dt>{t('customers.detail.balance')}</dt>
            <dd data-testid="customer-detail-balance">
              <MoneyCell amount={c.balance} currency={currency} />
            </dd>
            <dt>{t('customers.detail.debt')}</dt>
            <dd>
              <MoneyCell amount={c.debtAmount} currency={currency} />
            </dd>
            <dt>{t('customers.col.verifiedStatus')}</dt>
            <dd>{codeText(t, 'customers.verified', c.verifiedStatus)}</dd>
            <dt>{t('customers.col.isFrozen')}</dt>
            <dd>{codeText(t, 'customers.frozen', c.isFrozen)}</dd>
          </dl>
          <AsOf value={detail.asOf.balance ?? detail.asOf.customer} />
          {intl ? (
            <>
              <p className="help" data-testid="funding-not-offered">{t('customers.intl.notOffered', { why: NOT_ON_SITE_REASON.intl[i18n.language === 'zh-CN' ? 'zh-CN' : 'en'] })}</p>
              <CustomerIntlPanel customer={c} />
            </>
          ) : (
            <CustomerActions customer={c} />
          )}
          {intl ? (
            <p className="help" data-testid="realname-intl-note">{t('realname.intlNote')}</p>
          ) : c.indirectPartnerId ? (
            <p className="help" data-testid="realname-reseller-note">{t('realname.resellerNote', { id: c.indirectPartnerId })}</p>
          ) : (
            <CustomerRealnamePanel key={c.customerId} customer={c} />
          )}

          <CustomerVouchers detail={detail} currency={currency} />

          <h3>{t('customers.detail.adjustHistory')}</h3>
          {detail.adjustRecords.length === 0 ? (
            <p className="help">{t('customers.detail.none')}</p>
          ) : (
            <table className="mini-table">
              <thead>
                <tr>
                  <th scope="col">{t('customers.detail.time')}</th>
                  <th scope="col">{t('customers.detail.operation')}</th>
                  <th scope="col" className="money">{t('customers.detail.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.adjustRecords.map((r) => (
                  <tr key={r.recordKey}>
                    <td><DateTime value={r.operationTime} /></td>
                    <td>{codeText(t, 'customers.operation', r.operationType)}</td>
                    <td className="money"><MoneyCell amount={r.amount} currency={currencyOf(r.currency)} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h3>{t('customers.detail.bills')}</h3>
          <BarChart
            title={t('customers.detail.chartTitle', { name: c.customerName ?? c.accountName })}
            data={detail.bills.map((p) => ({ label: p.cycle, amount: p.amount }))}
            currency={currency}
            height={180}
          />
          {detail.latestBillByService.length > 0 ? (
            <>
              <h3>{t('customers.detail.latestBills')}</h3>
              <table className="mini-table">
                <thead>
                  <tr>
                    <th scope="col">{t('customers.detail.service')}</th>
                    <th scope="col" className="money">{t('customers.detail.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.latestBillByService.map((b) => (
                    <tr key={`${b.cycle}-${b.cloudServiceType}`}>
                      <td>{b.cloudServiceTypeName ?? b.cloudServiceType}</td>
                      <td className="money"><MoneyCell amount={b.amount} currency={currency} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <AsOf value={detail.asOf.bills} />
        </>
      ) : null}
    </aside>
  );
}
