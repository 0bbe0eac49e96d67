// Composition root shared by both hosts: builds the services for one data folder and
// exposes one router and one event bus. Electron's main.ts and the web host wrap it.
import { contract, type PartnerDeskHandlers } from '../../shared/contract';
import type { CoreContext } from './core-context';
import { EventBus } from './event-bus';
import { acquireDataFolderLock, type DataFolderLock } from './infra/instance/data-folder-lock';
import { OperationsStore } from './infra/journal/operations-store';
import { planMoneyPort } from './money/plan-port';
import { createMoneyRuntime } from './money/runtime';
import { createRouter, type Router } from './router';
import { activityHandlers } from './activity/activity-handlers';
import { moneyHandlers } from './money/money-handlers';
import { createRealnameService } from './customers/realname';
import { customersHandlers } from './customers/customers-handlers';
import { offboardingHandlers } from './customers/offboarding';
import { createCustomersService } from './customers/customers-service';
import { storeAssociated } from './customers/creations';
import { appHandlers } from './app/app-handlers';
import { createPlansArea } from './plans/plans-area';
import { plansHandlers } from './plans/plans-handlers';
import { profilesHandlers } from './profiles/profiles-handlers';
import { createProfilesArea, type ProfilesAreaOptions } from './profiles/profiles-area';
import { createReviewArea } from './review/review-handlers';
import { currentLanguage, settingsHandlers } from './settings/settings-handlers';
import type { SettingsStore } from './settings/settings-store';
import { ProfileStore } from './infra/store/profile-store';
import { accountJournalPath, unresolvedCount } from './infra/journal/account-journal';
import { createGateChecks } from './gate-checks';
import { vouchersHandlers } from './vouchers/vouchers-handlers';
import { storeVoucherReference } from './vouchers/voucher-reference';
import { createAlertsArea, draftPlanSheet } from './alerts/alerts-area';
import type { HostNotifier } from './alerts/alerts-service';
import { overviewHandlers } from './overview/overview-handlers';
import { statementsHandlers } from './statements/statements-handlers';
import { invoicesHandlers } from './invoices/invoices-handlers';
import { createTeamArea } from './team/team-area';

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly version: string;
  readonly host: 'electron' | 'web' | 'cli';
  readonly settings: SettingsStore;
  readonly onInternalError?: (ref: string, channel: string, error: unknown) => void;
  /**
   * Profiles/session deps: vault (default OS keychain), partner-API factory, and the sandbox
   * launcher the host injects (electron/sandbox; without one the Sandbox profile cannot start).
   */
  readonly profiles?: Omit<ProfilesAreaOptions, 'dataDir' | 'settings' | 'unresolvedWrites'>;
  /**
   * The data folder's lock, when the host took it itself before opening anything (its
   * settings). Otherwise the core takes it first. Either way the core owns it from here and
   * releases it in dispose(); a folder another process holds fails with DATA_FOLDER_IN_USE.
   */
  readonly instanceLock?: DataFolderLock;
  /** The host's OS notifications (Electron); the web host's renderer uses the browser's. */
  readonly notifier?: HostNotifier;
  /**
   * The workstation clock of the whole core (journal, reconciliation, signing, alerts). Only
   * tests pass one — a world clock they move past settle times; hosts use real time.
   */
  readonly now?: () => Date;
}

export interface AppCore {
  readonly router: Router;
  readonly events: EventBus;
  /** Held for the core's life: one process per data folder (assertHeld() before money moves). */
  readonly instanceLock: DataFolderLock;
  /** Resolves once the active profile's start-up reconciliation has finished (the CLI waits
   *  for it, so a command never reconciles an entry that reconciliation is deciding). */
  startupReconciled(): Promise<void>;
  dispose(): Promise<void>;
}

export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const instanceLock = options.instanceLock ?? acquireDataFolderLock(options.dataDir, { host: options.host });
  try {
    return await openAppCore(options, instanceLock);
  } catch (error) {
    instanceLock.release();
    throw error;
  }
}

async function openAppCore(options: AppCoreOptions, instanceLock: DataFolderLock): Promise<AppCore> {
  if (instanceLock.dataDir !== options.dataDir) throw new Error(`the instance lock is for ${instanceLock.dataDir}, not ${options.dataDir}`);
  const events = new EventBus();
  const profiles = createProfilesArea({
    ...options.profiles,
    dataDir: options.dataDir,
    settings: options.settings,
    unresolvedWrites: (account) => unresolvedCount(accountJournalPath(options.dataDir, account)),
    ...(options.now ? { now: options.now } : {}),
  });
  // One connection to the active account's journal.db (money journal and batch plans: what
  // operators did), shared by money and plans; created first so it hears a switch first.
  const operations = new OperationsStore(profiles.sessions, profiles.appLog.log, options.dataDir);
  // A shared profile's operations are in its team database instead; the link hears a switch
  // before money does, so money finds it open.
  const team = createTeamArea({ profiles, operations, events, log: profiles.appLog.log, host: options.host, ...(options.now ? { now: options.now } : {}) });
  const money = createMoneyRuntime({ sessions: profiles.sessions, events, log: profiles.appLog.log, operations, team: team.link, ...(options.now ? { reconcile: { now: options.now } } : {}) });
  team.bindMoney(money);
  const core: CoreContext = { ...options, events, sessions: profiles.sessions, log: profiles.appLog.log, money };
  // One connection to the active profile's partner-desk.db (the re-fetchable snapshot cache),
  // shared by review, sync and plans (reference data).
  const store = new ProfileStore(profiles.sessions);
  const plans = createPlansArea(core, { store, operations, money: () => planMoneyPort(money), vault: profiles.vault, stores: team.planStores, runLocks: team.runLocks });
  const review = createReviewArea(core, store);
  const customers = createCustomersService({
    money,
    onAssociated: (c, api) => {
      let local = null;
      try {
        local = store.store();
      } catch {
        // No store open (the profile switched): the next sync brings the customer.
      }
      void storeAssociated(local, api, c).catch((error: unknown) => profiles.appLog.log.warn({ err: error }, 'customers: could not store the associated customer'));
    },
  });
  const alerts = createAlertsArea(core, {
    alerts: team.alertStore,
    store,
    notifier: options.notifier,
    now: options.now,
    createDraftPlan: (request, operator) =>
      plans.service().importSheet(
        { fileName: 'alert.csv', kind: request.kind, name: request.name, contentBase64: Buffer.from(draftPlanSheet(request), 'utf8').toString('base64') },
        operator,
      ),
  });
  const handlers: PartnerDeskHandlers = {
    app: appHandlers(core),
    settings: settingsHandlers(core),
    profiles: profilesHandlers(profiles.service),
    review: review.review,
    sync: review.sync,
    plans: plansHandlers(plans.service, () => currentLanguage(core), plans.approvers),
    money: moneyHandlers(money),
    activity: activityHandlers(money),
    customers: customersHandlers(customers, offboardingHandlers(money, options.now), createRealnameService({ money, ...(options.now ? { now: options.now } : {}) })),
    vouchers: vouchersHandlers(money, () => storeVoucherReference(() => store.store().db)),
    overview: overviewHandlers(core, store, alerts.service, options.now),
    alerts: alerts.handlers,
    statements: statementsHandlers(store),
    invoices: invoicesHandlers({ store, invoices: team.invoiceStore, sessions: profiles.sessions }),
    team: team.handlers,
  };
  const router = createRouter(contract, handlers, {
    language: () => currentLanguage(core),
    onInternalError: options.onInternalError,
    gates: createGateChecks({
      money,
      instance: instanceLock,
      planApproved: (id) => plans.service().assertApproved(id),
      singleOperationApprovalLimit: () => plans.approvers().approvalLimit(),
    }),
  });
  // The active profile opens in the background (the built-in sandbox seeds its demo world, the
  // snapshot store opens, start-up reconciliation begins), so a host paints its first screen
  // meanwhile. Every channel that may touch a profile waits for it; only the app's own facts and
  // its settings (language) answer at once. restore() never throws: a profile that cannot open
  // leaves none active, as before.
  const restored = profiles.service.restore();
  const answersBeforeRestore = new Set(['app', 'settings']);
  return {
    router: {
      ...router,
      invoke: async (channel, input, ctx) => {
        if (!answersBeforeRestore.has(String(channel).split('.')[0] ?? '')) await restored;
        // On a shared profile the database names who did what (session_user): the operator of
        // every call is the login role, so the app's records and the server's agree.
        const login = profiles.sessions.active?.profile.team?.user;
        return router.invoke(channel, input, login ? { ...ctx, operator: login } : ctx);
      },
    },
    events,
    instanceLock,
    startupReconciled: async () => {
      await restored;
      await money.active?.startup;
    },
    async dispose() {
      await restored;
      try {
        alerts.dispose();
        plans.dispose();
        customers.dispose();
        await review.dispose();
        await store.dispose();
        money.dispose();
        await team.dispose();
        operations.dispose();
        await profiles.dispose();
      } finally {
        // Last: the folder is free only once everything in it is closed.
        instanceLock.release();
      }
    },
  };
}
