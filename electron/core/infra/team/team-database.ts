// Opening a shared profile's operations database: migrate on connect (or refuse), then the
// pool the journal, approvals and plans use. The run locks and the event listener keep
// connections of their own (plan-run-lock.ts, team-events.ts).
import pg from 'pg';
import { clientConfig, createTeamPool, type TeamConnectionConfig } from './connection';
import { migrateTeamDatabase, type MigrationReport, type TeamMigration, TEAM_MIGRATIONS } from './migrations';
import { TeamApprovals } from './team-approvals';
import { TeamInvoiceStore } from './team-invoice-store';
import { TeamAlertStore } from './team-alert-store';
import { TeamJournal } from './team-journal';
import { TeamPlanStore } from './team-plan-store';
import { TeamPolicyStore } from './team-policy-store';

export interface TeamDatabase {
  readonly pool: pg.Pool;
  readonly journal: TeamJournal;
  readonly approvals: TeamApprovals;
  /** The plans area's stores over this database (PlanStore, PolicyStore). */
  readonly plans: TeamPlanStore;
  readonly policy: TeamPolicyStore;
  /** The invoices area's store (schema version 2). */
  readonly invoices: TeamInvoiceStore;
  /** The alerts area's store of one partner account (schema version 3). */
  alerts(account: string): TeamAlertStore;
  readonly migration: MigrationReport;
  close(): Promise<void>;
}

export async function openTeamDatabase(
  config: TeamConnectionConfig,
  options: { now?: () => Date; migrations?: readonly TeamMigration[]; poolSize?: number } = {},
): Promise<TeamDatabase> {
  const client = new pg.Client(clientConfig(config));
  client.on('error', () => undefined);
  await client.connect();
  let migration: MigrationReport;
  try {
    migration = await migrateTeamDatabase(client, options.migrations ?? TEAM_MIGRATIONS);
  } finally {
    await client.end().catch(() => undefined);
  }
  const pool = createTeamPool(config, options.poolSize);
  return {
    pool,
    journal: new TeamJournal(pool, options.now),
    approvals: new TeamApprovals(pool),
    plans: new TeamPlanStore(pool),
    policy: new TeamPolicyStore(pool),
    invoices: new TeamInvoiceStore(pool, options.now),
    alerts: (account) => new TeamAlertStore(pool, account, options.now),
    migration,
    close: () => pool.end(),
  };
}
