// The screens the navigation shows. Only screens that work are listed here.
import type { ComponentType } from 'react';
import { ActivityScreen } from './activity/ActivityScreen';
import { AlertsScreen } from './alerts/AlertsScreen';
import { OverviewScreen } from './overview/OverviewScreen';
import { BillsScreen } from './bills/BillsScreen';
import { CustomersScreen } from './customers/CustomersScreen';
import { NewCustomerScreen } from './new-customer/NewCustomerScreen';
import { FundingScreen } from './funding/FundingScreen';
import { ProfilesScreen } from './profiles/ProfilesScreen';
import { RecordsScreen } from './records/RecordsScreen';
import { ResellersScreen } from './resellers/ResellersScreen';
import { PlansScreen } from './plans/PlansScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { StatementsScreen } from './statements/StatementsScreen';
import { InvoicesScreen } from './invoices/InvoicesScreen';
import { VouchersScreen } from './vouchers/VouchersScreen';

export interface ScreenDef {
  readonly id: string;
  /** i18n key of the navigation label. */
  readonly labelKey: string;
  readonly component: ComponentType;
}

export const screens: readonly ScreenDef[] = [
  { id: 'overview', labelKey: 'overview.nav', component: OverviewScreen },
  { id: 'customers', labelKey: 'customers.nav', component: CustomersScreen },
  { id: 'new-customer', labelKey: 'newCustomer.nav', component: NewCustomerScreen },
  { id: 'resellers', labelKey: 'resellers.nav', component: ResellersScreen },
  { id: 'records', labelKey: 'records.nav', component: RecordsScreen },
  { id: 'vouchers', labelKey: 'vouchers.nav', component: VouchersScreen },
  { id: 'bills', labelKey: 'bills.nav', component: BillsScreen },
  { id: 'statements', labelKey: 'statements.nav', component: StatementsScreen },
  { id: 'invoices', labelKey: 'invoices.nav', component: InvoicesScreen },
  { id: 'funding', labelKey: 'funding.nav', component: FundingScreen },
  { id: 'plans', labelKey: 'plans.nav', component: PlansScreen },
  { id: 'activity', labelKey: 'activity.nav', component: ActivityScreen },
  { id: 'alerts', labelKey: 'alerts.nav', component: AlertsScreen },
  { id: 'profiles', labelKey: 'profiles.nav', component: ProfilesScreen },
  { id: 'settings', labelKey: 'settings.nav', component: SettingsScreen },
];
