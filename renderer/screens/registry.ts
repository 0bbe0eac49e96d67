// The screens the navigation shows. Only screens that work are listed here.
// The landing screen is in the start-up bundle; every other screen is its own chunk, loaded
// in the background right after the first paint (preloadScreens), so a cold start parses only
// what the first screen needs and a later click still finds its screen loaded.
import { createElement, lazy, type ComponentType } from 'react';
import { OverviewScreen } from './overview/OverviewScreen';

type Loader = () => Promise<ComponentType>;
const loaders: Loader[] = [];

function lazyScreen(load: Loader): ComponentType {
  let loaded: ComponentType | null = null;
  const loadOnce = async () => (loaded ??= await load());
  loaders.push(loadOnce);
  const Lazy = lazy(async () => ({ default: await loadOnce() }));
  // Once loaded, render it directly: no Suspense fallback flashes on a preloaded screen.
  const Screen = () => createElement(loaded ?? Lazy);
  return Screen;
}

/** Loads every screen's chunk; call once the first screen is shown. */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load()));
}

const CustomersScreen = lazyScreen(async () => (await import('./customers/CustomersScreen')).CustomersScreen);
const NewCustomerScreen = lazyScreen(async () => (await import('./new-customer/NewCustomerScreen')).NewCustomerScreen);
const ResellersScreen = lazyScreen(async () => (await import('./resellers/ResellersScreen')).ResellersScreen);
const RecordsScreen = lazyScreen(async () => (await import('./records/RecordsScreen')).RecordsScreen);
const VouchersScreen = lazyScreen(async () => (await import('./vouchers/VouchersScreen')).VouchersScreen);
const BillsScreen = lazyScreen(async () => (await import('./bills/BillsScreen')).BillsScreen);
const StatementsScreen = lazyScreen(async () => (await import('./statements/StatementsScreen')).StatementsScreen);
const InvoicesScreen = lazyScreen(async () => (await import('./invoices/InvoicesScreen')).InvoicesScreen);
const FundingScreen = lazyScreen(async () => (await import('./funding/FundingScreen')).FundingScreen);
const PlansScreen = lazyScreen(async () => (await import('./plans/PlansScreen')).PlansScreen);
const ActivityScreen = lazyScreen(async () => (await import('./activity/ActivityScreen')).ActivityScreen);
const AlertsScreen = lazyScreen(async () => (await import('./alerts/AlertsScreen')).AlertsScreen);
const ProfilesScreen = lazyScreen(async () => (await import('./profiles/ProfilesScreen')).ProfilesScreen);
const SettingsScreen = lazyScreen(async () => (await import('./settings/SettingsScreen')).SettingsScreen);

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
