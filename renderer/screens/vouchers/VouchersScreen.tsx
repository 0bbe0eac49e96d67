// Vouchers: the quotas, the quotas given to resellers, issued vouchers and the records, as last
// fetched — and the place to act on them: issue, reclaim, grant and reclaim reseller quota.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { AsOf } from '../../components/AsOf';
import { SyncButton } from '../../components/SyncButton';
import { Tabs } from '../../components/Tabs';
import { useActiveRole } from '../../stores/active-role';
import { openIssue, openQuotaGrant } from '../../stores/voucher-forms-store';
import { childQuotasList, couponRecordsList, issuedCouponsList, quotaRecordsList, quotasList } from '../../stores/vouchers-store';
import { VoucherActionPanel } from './VoucherActionPanel';
import { ChildQuotasTab, CouponRecordsTab, IssuedTab, QuotaRecordsTab, QuotasTab } from './VoucherTabs';

type Tab = 'quotas' | 'childQuotas' | 'issued' | 'records' | 'quotaRecords';
const LISTS = { quotas: quotasList, childQuotas: childQuotasList, issued: issuedCouponsList, records: couponRecordsList, quotaRecords: quotaRecordsList } as const;
const T1_TABS: readonly Tab[] = ['childQuotas', 'quotaRecords'];

export function VouchersScreen() {
  const { t } = useTranslation();
  const role = useActiveRole();
  const t1 = role === 'T1';
  const [chosen, setTab] = useState<Tab>('quotas');
  // A solution provider has no resellers: their tabs only show for a T1.
  const tab: Tab = !t1 && T1_TABS.includes(chosen) ? 'quotas' : chosen;
  const list = LISTS[tab];
  const asOf = useStore(list as typeof quotasList, (s) => s.asOf);
  const ready = useStore(list as typeof quotasList, (s) => s.ready);

  useEffect(() => {
    if (!list.getState().ready) list.getState().refresh();
  }, [list]);

  const tabs = (['quotas', 'childQuotas', 'issued', 'records', 'quotaRecords'] as const).filter((id) => t1 || !T1_TABS.includes(id));
  return (
    <section className="screen" aria-labelledby="vouchers-title">
      <div className="screen-head">
        <h1 id="vouchers-title">{t('vouchers.title')}</h1>
        {ready ? <AsOf value={asOf} testId="vouchers-as-of" /> : null}
      </div>
      <p className="help">{t('vouchers.intro')}</p>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => void openIssue()} data-testid="vouchers-issue">
          {t('vouchers.action.issue')}
        </button>
        {t1 ? (
          <button type="button" className="button" onClick={() => void openQuotaGrant()} data-testid="vouchers-grant">
            {t('vouchers.action.grant')}
          </button>
        ) : null}
      </div>
      <VoucherActionPanel t1={t1} />
      <SyncButton
        lists={t1 ? ['quotas', 'childQuotas', 'issuedCoupons', 'couponRecords', 'quotaRecords'] : ['quotas', 'issuedCoupons', 'couponRecords']}
        testId="vouchers-sync"
        onFinished={() => Object.values(LISTS).forEach((l) => l.getState().refresh())}
      />
      <Tabs label={t('vouchers.tabsLabel')} tabs={tabs.map((id) => ({ id, label: t(`vouchers.tab.${id}`) }))} selected={tab} onSelect={(id) => setTab(id as Tab)}>
        {tab === 'quotas' ? <QuotasTab t1={t1} /> : null}
        {tab === 'childQuotas' ? <ChildQuotasTab t1={t1} /> : null}
        {tab === 'issued' ? <IssuedTab /> : null}
        {tab === 'records' ? <CouponRecordsTab /> : null}
        {tab === 'quotaRecords' ? <QuotaRecordsTab /> : null}
      </Tabs>
    </section>
  );
}
