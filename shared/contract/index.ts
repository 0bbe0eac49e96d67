// The single source of truth for IPC: every channel the renderer may call.
// Each area declares its channels in ./channels/<area>.ts; this file merges them.
import { activityChannels } from './channels/activity';
import { alertsChannels } from './channels/alerts';
import { appChannels } from './channels/app';
import { customersChannels } from './channels/customers';
import { invoicesChannels } from './channels/invoices';
import { moneyChannels } from './channels/money';
import { overviewChannels } from './channels/overview';
import { plansChannels } from './channels/plans';
import { profilesChannels } from './channels/profiles';
import { reviewChannels } from './channels/review';
import { settingsChannels } from './channels/settings';
import { statementsChannels } from './channels/statements';
import { syncChannels } from './channels/sync';
import { teamChannels } from './channels/team';
import { vouchersChannels } from './channels/vouchers';
import type { Api, ChannelName, Handlers } from './define';

export const contract = {
  app: appChannels,
  settings: settingsChannels,
  profiles: profilesChannels,
  review: reviewChannels,
  sync: syncChannels,
  plans: plansChannels,
  money: moneyChannels,
  activity: activityChannels,
  customers: customersChannels,
  vouchers: vouchersChannels,
  overview: overviewChannels,
  alerts: alertsChannels,
  statements: statementsChannels,
  invoices: invoicesChannels,
  team: teamChannels,
} as const;

export type Contract = typeof contract;
export type PartnerDeskApi = Api<Contract>;
export type PartnerDeskHandlers = Handlers<Contract>;
export type PartnerDeskChannel = ChannelName<Contract>;

export * from './define';
export * from './errors';
export * from './events';
export * from './transport';
export * from './csp';
