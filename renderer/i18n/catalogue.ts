// All UI strings, merged from each area's strings file under the area's namespace key
// (t('settings.title'), t('customers.search')…). Areas add one line here.
import { kitStrings } from '../components/kit-strings';
import { activityStrings } from '../screens/activity/strings';
import { alertsStrings } from '../screens/alerts/strings';
import { overviewStrings } from '../screens/overview/strings';
import { fundingStrings } from '../screens/funding/strings';
import { commonStrings } from '../components/strings';
import { profilesStrings } from '../screens/profiles/strings';
import { teamStrings } from '../screens/profiles/team-strings';
import { billsStrings } from '../screens/bills/strings';
import { customersStrings } from '../screens/customers/strings';
import { newCustomerStrings } from '../screens/new-customer/strings';
import { offboardStrings } from '../screens/customers/offboard-strings';
import { realnameStrings } from '../screens/customers/realname-strings';
import { recordsStrings } from '../screens/records/strings';
import { resellersStrings } from '../screens/resellers/strings';
import { vouchersStrings } from '../screens/vouchers/strings';
import { plansStrings } from '../screens/plans/strings';
import { approversStrings } from '../screens/plans/approvers-strings';
import { settingsStrings } from '../screens/settings/strings';
import { statementsStrings } from '../screens/statements/strings';
import { invoicesStrings } from '../screens/invoices/strings';
import type { AreaStrings } from './define-strings';

const areas = {
  common: commonStrings,
  kit: kitStrings,
  customers: customersStrings,
  newCustomer: newCustomerStrings,
  offboard: offboardStrings,
  realname: realnameStrings,
  resellers: resellersStrings,
  records: recordsStrings,
  vouchers: vouchersStrings,
  bills: billsStrings,
  settings: settingsStrings,
  profiles: profilesStrings,
  team: teamStrings,
  funding: fundingStrings,
  activity: activityStrings,
  plans: plansStrings,
  approvers: approversStrings,
  overview: overviewStrings,
  alerts: alertsStrings,
  statements: statementsStrings,
  invoices: invoicesStrings,
} satisfies Record<string, AreaStrings<unknown>>;

type Lang = 'en' | 'zh-CN';
function pick(lang: Lang): Record<string, unknown> {
  return Object.fromEntries(Object.entries(areas).map(([k, v]) => [k, v[lang]]));
}

export const catalogues = { en: pick('en'), 'zh-CN': pick('zh-CN') };
