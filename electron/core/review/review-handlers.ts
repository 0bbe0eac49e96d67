// Review, export and sync channels. Everything reads the active profile's local store, so
// it all works offline; sync.start is the only thing that talks to the API.
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { ExportView } from '../../../shared/contract/channels/review';
import type { ConnectivityStatus } from '../../../shared/contract/channels/sync';
import type { CoreContext } from '../core-context';
import { downloadExport, listExports } from '../infra/export/downloads';
import { exportView, type ExportRequest } from '../infra/export/export-view';
import { ProfileStore } from '../infra/store/profile-store';
import type { TableInput } from '../infra/store/queries';
import type { ConnectivityState } from '../sync/connectivity';
import { currentLanguage } from '../settings/settings-handlers';
import { ActiveProfile } from './active-profile';
import { counterpartyMatches } from './counterparties';
import { billSeriesOf, customerDetail, partnerBalances, quotaPage, tablePage } from './review-queries';

export interface ReviewArea {
  readonly review: AreaHandlers<Contract, 'review'>;
  readonly sync: AreaHandlers<Contract, 'sync'>;
  readonly active: ActiveProfile;
  dispose(): Promise<void>;
}

/** `store`: the session's shared store handle (app-core); without one the area opens its own. */
export function createReviewArea(core: CoreContext, store?: ProfileStore): ReviewArea {
  const profile = store ?? new ProfileStore(core.sessions);
  const active = new ActiveProfile(core, profile);
  const page = <R>(view: ExportView) => (input: TableInput<unknown> & { groupBy?: unknown }) =>
    tablePage<R>(active.store(), view, input) as never;
  const review: AreaHandlers<Contract, 'review'> = {
    counterparties: (input) => counterpartyMatches(active.store(), input),
    customers: page('customers'),
    customer: ({ customerId }) => customerDetail(active.store(), customerId),
    partnerBalances: (input) => partnerBalances(active.store(), input?.indirectPartnerId),
    resellers: page('resellers'),
    adjustRecords: page('adjustRecords'),
    accountChanges: page('accountChanges'),
    quotas: (input) => quotaPage(active.store(), 'quotas', input) as never,
    childQuotas: (input) => quotaPage(active.store(), 'childQuotas', input) as never,
    issuedCoupons: page('issuedCoupons'),
    couponRecords: page('couponRecords'),
    quotaRecords: page('quotaRecords'),
    billSums: page('billSums'),
    billSeries: (input) => billSeriesOf(active.store(), input),
    billDetails: page('billDetails'),
    export: (input) =>
      exportView(active.store(), active.session().profileDir, {
        view: input.view,
        query: input.query as ExportRequest['query'],
        format: input.format,
        language: input.language ?? currentLanguage(core),
        columns: input.columns,
      }),
    downloadExport: ({ fileName }) => downloadExport(active.session().profileDir, fileName),
    exports: () => listExports(active.session().profileDir),
  };
  const connectivityStatus = (state: ConnectivityState): ConnectivityStatus => ({
    ...state,
    endpoint: core.sessions.active?.endpoint ?? '',
  });
  const sync: AreaHandlers<Contract, 'sync'> = {
    start: (input) => active.sync().start(input ?? {}),
    cancel: () => active.sync().cancel(),
    status: () => active.sync().status(),
    connectivity: async () => connectivityStatus(await active.probe.settled()),
    checkConnectivity: async () => connectivityStatus(await active.probe.probe()),
    storeHealth: () => active.health(),
    startFresh: () => active.startFresh(),
  };
  return {
    review,
    sync,
    active,
    async dispose() {
      await active.dispose();
      if (!store) await profile.dispose();
    },
  };
}
