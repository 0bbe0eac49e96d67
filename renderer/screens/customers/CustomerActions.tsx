// "Fund…", "Reclaim…", "Issue voucher…" and "Offboard…" on a customer row and in its detail:
// the Funding form opens with this customer chosen (a T2's customer: funded from that T2's
// balance, reclaimed back to that T2), the voucher issue form with this customer preselected,
// or the offboarding review (balance and every voucher reclaimed in one reviewed operation).
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import { useFundingStore } from '../../stores/funding-store';
import { useNavStore } from '../../stores/nav-store';
import { useProfilesStore } from '../../stores/profiles-store';
import { openIssue } from '../../stores/vouchers-store';
import { useOffboardStore } from '../../stores/offboard-store';

export function openFunding(c: Pick<CustomerRow, 'customerId' | 'customerName' | 'accountName' | 'indirectPartnerId' | 'indirectPartnerName'>, direction: 'fund' | 'reclaim'): void {
  const operation = direction === 'reclaim' ? 'reclaimCustomer' : c.indirectPartnerId ? 'fundT2Customer' : 'fundCustomer';
  useFundingStore.getState().startWith({
    operation,
    counterparty: {
      kind: 'customer', id: c.customerId, name: c.customerName, accountName: c.accountName,
      indirectPartnerId: c.indirectPartnerId, indirectPartnerName: c.indirectPartnerName,
    },
  });
  useNavStore.getState().go('funding');
}

export function CustomerActions({ customer, compact }: { customer: CustomerRow; compact?: boolean }) {
  const { t } = useTranslation();
  // The international site has no funding APIs (§7.7): the detail says why instead.
  const intl = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId)?.site) === 'intl';
  const name = customer.customerName ?? customer.accountName;
  if (intl) return null;
  // Referral customers are not funded by the partner (§3.4 association_type "1").
  const resale = customer.associationType !== '1';
  const actions: ReadonlyArray<{ id: string; label: string; name: string; run(): void }> = [
    { id: 'fund', label: t('customers.actions.fund'), name: t('customers.actions.fundLabel', { name }), run: () => openFunding(customer, 'fund') },
    { id: 'reclaim', label: t('customers.actions.reclaim'), name: t('customers.actions.reclaimLabel', { name }), run: () => openFunding(customer, 'reclaim') },
    { id: 'issue-voucher', label: t('customers.actions.issueVoucher'), name: t('customers.actions.issueVoucherLabel', { name }), run: () => void openIssue({ customerIds: [customer.customerId] }) },
    {
      id: 'offboard', label: t('offboard.action'), name: t('offboard.actionLabel', { name }),
      run: () => void useOffboardStore.getState().open({ customerId: customer.customerId, name, indirectPartnerId: customer.indirectPartnerId }),
    },
  ];
  return (
    <span className={compact ? 'row-actions' : 'button-row'}>
      {actions.map((a) => (
        <button
          key={a.id}
          type="button"
          className="button"
          disabled={!resale}
          data-testid={`${a.id}-${customer.customerId}`}
          aria-label={a.name}
          onClick={(e) => {
            e.stopPropagation();
            a.run();
          }}
        >
          {a.label}
        </button>
      ))}
    </span>
  );
}
