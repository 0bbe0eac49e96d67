// Team use cases: make a profile shared (join), make it solo again (leave), and move this
// workstation's operations file into the team database once (importSolo). Join follows the
// profiles' rule for "nothing half-done": validate, store the password, connect once (which
// migrates the schema or refuses a newer one), then save; undo the keychain write on failure.
import { isBuiltInProfile } from '../../../shared/contract/channels/profiles';
import { checkTeamFields, type SoloImportView, type TeamJoinInput, type TeamStatusView } from '../../../shared/contract/channels/team';
import { AppError } from '../../../shared/contract/errors';
import type { JournalDb } from '../infra/journal/database';
import type { Logger } from '../infra/logging/logger';
import type { SessionManager } from '../infra/session';
import { openTeamDatabase } from '../infra/team/team-database';
import { importSoloOperations } from '../infra/team/solo-import';
import type { Vault } from '../infra/vault/vault';
import { teamSecretKey, type StoredProfile, type StoredTeamConnection } from '../profiles/profile';
import type { ProfileRepository } from '../profiles/profile-repository';
import { connectionFailure } from './team-errors';
import type { TeamLink } from './team-link';

export interface TeamServiceDeps {
  readonly repo: ProfileRepository;
  readonly vault: Vault;
  readonly sessions: SessionManager;
  readonly link: TeamLink;
  /** Reopens the active profile's session, so its journal and plans follow the change. */
  readonly reactivate: (profileId: string) => Promise<unknown>;
  /** This workstation's operations file of the active profile's partner account. */
  readonly soloFile: () => JournalDb;
  readonly log?: Logger;
}

/** Solo plans an approval would be needed for again: solo approvals are not copied. */
const AWAITING_RUN = "SELECT count(*) AS n FROM plans WHERE status IN ('ready', 'running', 'paused') AND requires_approval = 1";

export function createTeamService(deps: TeamServiceDeps) {
  const { repo, vault } = deps;

  const storedProfile = (id: string): StoredProfile => {
    if (isBuiltInProfile(id)) throw new AppError('PROFILE_BUILTIN_READONLY');
    const p = repo.find(id);
    if (!p) throw new AppError('PROFILE_NOT_FOUND', { id });
    return p;
  };

  const requireKeychain = async (operation: 'store' | 'delete') => {
    const status = await vault.status();
    if (status.state === 'unavailable') throw new AppError('KEYCHAIN_UNAVAILABLE', { reason: status.reason, operation });
  };

  const reopenIfActive = async (id: string) => {
    if (deps.sessions.active?.profile.id === id) await deps.reactivate(id);
  };

  return {
    status: (): TeamStatusView => deps.link.status(),

    async join(input: TeamJoinInput): Promise<TeamStatusView> {
      const profile = storedProfile(input.profileId);
      const problems = checkTeamFields(input);
      const first = problems[0];
      if (first) throw new AppError(first.code, { field: first.field, fields: problems.map((p) => ({ field: p.field, code: p.code })) });
      await requireKeychain('store');
      const team: StoredTeamConnection = {
        host: input.host.trim(),
        port: Number(input.port.trim()),
        database: input.database.trim(),
        user: input.user.trim(),
        ...(input.caPem?.trim() ? { caPem: input.caPem.trim() } : {}),
      };
      // Connect once before anything is saved: a wrong password or a newer schema is said now.
      try {
        const db = await openTeamDatabase({ ...team, password: input.password, applicationName: 'Partner Desk (join)' });
        await db.close();
      } catch (error) {
        throw connectionFailure(error, team);
      }
      const key = teamSecretKey(profile.id);
      await vault.setSecret(key, input.password);
      try {
        repo.save({ ...profile, team, updatedAt: new Date().toISOString() });
      } catch (error) {
        await vault.deleteSecret(key).catch(() => false);
        throw error;
      }
      deps.log?.info({ profile: profile.id, host: team.host, database: team.database, user: team.user }, 'profile joined a team database');
      await reopenIfActive(profile.id);
      return deps.link.status();
    },

    async leave(input: { profileId: string }): Promise<TeamStatusView> {
      const profile = storedProfile(input.profileId);
      if (!profile.team) throw new AppError('TEAM_NOT_SHARED');
      await requireKeychain('delete');
      const { team: _team, ...solo } = profile;
      repo.save({ ...solo, updatedAt: new Date().toISOString() });
      await vault.deleteSecret(teamSecretKey(profile.id));
      deps.log?.info({ profile: profile.id }, 'profile left its team database');
      await reopenIfActive(profile.id);
      return deps.link.status();
    },

    /** Administrators only (the database says who may attribute records to others). */
    async importSolo(): Promise<SoloImportView> {
      if (!deps.link.shared) throw new AppError('TEAM_NOT_SHARED');
      const db = deps.link.database();
      const solo = deps.soloFile();
      const awaiting = Number((solo.prepare(AWAITING_RUN).get() as { n: number }).n);
      const entries = Number((solo.prepare('SELECT count(*) AS n FROM journal_entry').get() as { n: number }).n);
      const plans = Number((solo.prepare('SELECT count(*) AS n FROM plans').get() as { n: number }).n);
      if (entries === 0 && plans === 0) throw new AppError('TEAM_IMPORT_NOTHING');
      const client = await db.pool.connect();
      try {
        const report = await importSoloOperations(client, solo, deps.sessions.require().profile.domainId);
        deps.log?.info({ ...report }, 'solo operations file moved into the team database');
        return { entries: report.entries, events: report.events, plans: report.plans, plansNeedingApproval: awaiting };
      } finally {
        client.release();
      }
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
