// Profile use cases. Order matters for "nothing half-done": validate everything, store the
// SK, check the connection, then save the profile; undo the keychain write on any failure.
import {
  SANDBOX_INTL_PROFILE_ID,
  SANDBOX_PROFILE_ID,
  isBuiltInProfile,
  checkProfileFields,
  checkSk,
  type ConnectionResult,
  type ProfileFields,
  type ProfileRole,
  type ProfileView,
  type ProfilesList,
} from '../../../shared/contract/channels/profiles';
import { AppError } from '../../../shared/contract/errors';
import type { Logger } from '../infra/logging/logger';
import { teamSecretKey, type StoredProfile } from './profile';
import type { ProfileRepository } from './profile-repository';
import { endpointOf, toView } from './profile-view';
import { sandboxAccount, sandboxIntlAccount, sandboxIntlView, sandboxView, type SandboxHandle, type SandboxLauncher } from './sandbox-profile';
import { demoCredentials, vaultCredentials, type CredentialsProvider } from '../infra/session/credentials';
import type { PartnerApiFactory, SessionController, SessionSpec } from '../infra/session/session';
import type { Vault } from '../infra/vault/vault';
import { checkConnection } from './connection-check';

export interface ProfilesServiceDeps {
  readonly repo: ProfileRepository;
  readonly vault: Vault;
  readonly sessions: SessionController;
  readonly apiFactory: PartnerApiFactory;
  readonly sandbox?: SandboxLauncher;
  readonly log: Logger;
  /** Unresolved journal entries of the profile's partner account: such a profile is not deleted. */
  readonly unresolvedWrites?: (account: { site: string; domainId: string }) => number;
}

export interface ProfileInput extends ProfileFields {
  readonly name: string;
  readonly site: string;
  readonly ak: string;
  readonly domainId: string;
  readonly role: string;
}

function firstProblem(fields: ProfileFields, requireSk: boolean, extra: AppError | null): void {
  const problems = checkProfileFields(fields, requireSk);
  const first = problems[0];
  if (first) {
    throw new AppError(first.code, { field: first.field, fields: problems.map((p) => ({ field: p.field, code: p.code })) });
  }
  if (extra) throw extra;
}

export function createProfilesService(deps: ProfilesServiceDeps) {
  const { repo, vault, sessions, log } = deps;
  let sandbox: { handle: SandboxHandle; users: number } | null = null;

  const activeId = () => sessions.active?.profile.id ?? null;
  const runningSandbox = () => (sandbox ? { url: sandbox.handle.url.replace(/\/+$/, ''), account: sandboxAccount(sandbox.handle) } : null);
  const runningIntlSandbox = () =>
    sandbox?.handle.intlAccount ? { url: sandbox.handle.url.replace(/\/+$/, ''), account: sandboxIntlAccount(sandbox.handle) } : null;

  const find = (id: string): StoredProfile => {
    const p = repo.find(id);
    if (!p) throw new AppError('PROFILE_NOT_FOUND', { id });
    return p;
  };

  const nameTaken = (name: string, exceptId?: string): AppError | null => {
    const wanted = name.trim().toLowerCase();
    const clash = wanted === 'sandbox' || wanted === 'sandbox (international)' || repo.all().some((p) => p.id !== exceptId && p.name.trim().toLowerCase() === wanted);
    return clash ? new AppError('PROFILE_NAME_TAKEN', { name: name.trim(), field: 'name' }) : null;
  };

  /** Refuses before anything is written when there is no keychain to write to. */
  const requireKeychain = async (operation: 'store' | 'read' | 'delete') => {
    const status = await vault.status();
    if (status.state === 'unavailable') throw new AppError('KEYCHAIN_UNAVAILABLE', { reason: status.reason, operation });
  };

  // The sandbox is shared by the session and any connection check; it stops with its last user.
  const acquireSandbox = async (): Promise<{ handle: SandboxHandle; release: () => Promise<void> }> => {
    if (!sandbox) {
      if (!deps.sandbox) throw new AppError('SANDBOX_START_FAILED', { ref: 'not-installed' });
      try {
        sandbox = { handle: await deps.sandbox(), users: 0 };
      } catch (error) {
        log.error({ err: error }, 'sandbox failed to start');
        throw new AppError('SANDBOX_START_FAILED', { ref: 'start' });
      }
    }
    const current = sandbox;
    current.users += 1;
    let released = false;
    return {
      handle: current.handle,
      release: async () => {
        if (released) return;
        released = true;
        current.users -= 1;
        if (current.users === 0 && sandbox === current) {
          sandbox = null;
          await current.handle.close();
        }
      },
    };
  };

  /** A built-in profile's session: the shared sandbox, signed as its demo T1 or its intl partner. */
  const builtInSpec = async (intl: boolean): Promise<SessionSpec> => {
    const { handle, release } = await acquireSandbox();
    const account = intl ? sandboxIntlAccount(handle) : sandboxAccount(handle);
    const running = { url: handle.url.replace(/\/+$/, ''), account };
    return {
      profile: intl ? sandboxIntlView(true, running) : sandboxView(true, running),
      endpoint: running.url,
      credentials: demoCredentials(account.ak, account.sk, account.domainId),
      onClose: release,
    };
  };

  const specFor = async (id: string): Promise<SessionSpec> => {
    if (isBuiltInProfile(id)) return builtInSpec(id === SANDBOX_INTL_PROFILE_ID);
    const p = find(id);
    return { profile: toView(p, true), endpoint: endpointOf(p), credentials: vaultCredentials(vault, p) };
  };

  const check = async (endpoint: string, credentials: CredentialsProvider) => {
    const client = deps.apiFactory({ endpoint, credentials, log: log.child({ check: true }) });
    try {
      return await checkConnection(client.api, endpoint);
    } finally {
      client.close();
    }
  };

  const viewOf = (id: string): ProfileView => {
    if (id === SANDBOX_PROFILE_ID) return sandboxView(activeId() === id, runningSandbox());
    if (id === SANDBOX_INTL_PROFILE_ID) return sandboxIntlView(activeId() === id, runningIntlSandbox());
    return toView(find(id), activeId() === id);
  };

  const normalize = (input: ProfileInput) => ({
    name: input.name.trim(),
    site: input.site as StoredProfile['site'],
    endpoint: input.site === 'custom' ? (input.endpoint ?? '').trim().replace(/\/+$/, '') : undefined,
    ak: input.ak.trim(),
    domainId: input.domainId.trim().toLowerCase(),
    role: input.role as ProfileRole,
  });

  const activate = async (id: string): Promise<ProfileView> => {
    const spec = await specFor(id);
    try {
      await sessions.open(spec);
    } catch (error) {
      await spec.onClose?.();
      throw error;
    }
    repo.setActiveId(id);
    log.info({ profile: id }, 'profile activated');
    return viewOf(id);
  };

  return {
    async list(): Promise<ProfilesList> {
      const status = await vault.status();
      const profiles = [
        sandboxView(activeId() === SANDBOX_PROFILE_ID, runningSandbox()),
        sandboxIntlView(activeId() === SANDBOX_INTL_PROFILE_ID, runningIntlSandbox()),
        ...repo.all().map((p) => toView(p, activeId() === p.id))];
      return {
        profiles,
        activeId: activeId(),
        keychain: status.state === 'available' ? { available: true } : { available: false, reason: status.reason },
      };
    },

    get: viewOf,

    async create(input: ProfileInput & { sk: string; verify?: boolean }): Promise<ProfileView> {
      firstProblem(input, true, nameTaken(input.name));
      await requireKeychain('store');
      const fields = normalize(input);
      const id = repo.newId();
      await vault.setSecret(id, input.sk);
      try {
        if (input.verify !== false) await check(endpointOf(fields), vaultCredentials(vault, { id, name: fields.name, ak: fields.ak }));
        const now = new Date().toISOString();
        repo.save({ id, ...fields, createdAt: now, updatedAt: now });
      } catch (error) {
        await vault.deleteSecret(id).catch(() => false);
        throw error;
      }
      log.info({ profile: id, site: fields.site }, 'profile created');
      return viewOf(id);
    },

    async update(changes: Omit<ProfileInput, 'ak'> & { id: string; ak?: string }): Promise<ProfileView> {
      if (isBuiltInProfile(changes.id)) throw new AppError('PROFILE_BUILTIN_READONLY');
      const existing = find(changes.id);
      const input = { ...changes, ak: changes.ak?.trim() ? changes.ak : existing.ak };
      firstProblem(input, false, nameTaken(input.name, input.id));
      const updated: StoredProfile = { ...existing, ...normalize(input), updatedAt: new Date().toISOString() };
      repo.save(updated);
      // The active session signs with the old endpoint/AK until it is reopened.
      if (activeId() === input.id) await activate(input.id);
      log.info({ profile: input.id }, 'profile updated');
      return viewOf(input.id);
    },

    async delete(id: string): Promise<{ deleted: string }> {
      if (isBuiltInProfile(id)) throw new AppError('PROFILE_BUILTIN_READONLY');
      const doomed = find(id);
      // Its unknown outcomes must be reconciled first: nothing else would ever resolve them.
      const unresolved = deps.unresolvedWrites?.({ site: doomed.site, domainId: doomed.domainId }) ?? 0;
      if (unresolved > 0) throw new AppError('PROFILE_HAS_UNRESOLVED', { count: unresolved, name: doomed.name });
      // A profile whose SK cannot be removed is kept: no orphaned secret in a keychain.
      await requireKeychain('delete');
      await vault.deleteSecret(id);
      if (doomed.team) await vault.deleteSecret(teamSecretKey(id));
      repo.remove(id);
      if (activeId() === id || repo.activeId() === id) {
        await sessions.close();
        repo.setActiveId(null);
      }
      log.info({ profile: id }, 'profile deleted');
      return { deleted: id };
    },

    activate,

    async setSecret(input: { id: string; sk: string; verify?: boolean }): Promise<{ stored: true }> {
      if (isBuiltInProfile(input.id)) throw new AppError('PROFILE_BUILTIN_READONLY');
      const p = find(input.id);
      const skProblem = checkSk(input.sk);
      if (skProblem) throw new AppError(skProblem, { field: 'sk' });
      await requireKeychain('store');
      if (input.verify === true) {
        // Check the new SK before it replaces the old one, so a typo never locks the profile out.
        await check(endpointOf(p), { ak: p.ak, getSecret: async () => input.sk });
      }
      await vault.setSecret(p.id, input.sk);
      log.info({ profile: p.id }, 'profile secret replaced');
      return { stored: true };
    },

    async testConnection(id?: string): Promise<ConnectionResult> {
      const target = id ?? activeId();
      if (!target) throw new AppError('NO_ACTIVE_PROFILE');
      const session = sessions.active;
      if (session && session.profile.id === target) {
        const result = await checkConnection(session.api, session.endpoint);
        return { profileId: target, endpoint: session.endpoint, ...result };
      }
      const spec = await specFor(target);
      try {
        const result = await check(spec.endpoint, spec.credentials);
        return { profileId: target, endpoint: spec.endpoint, ...result };
      } finally {
        await spec.onClose?.();
      }
    },

    /** At start-up: reopen the last active profile; a fresh install starts on the Sandbox. */
    async restore(): Promise<void> {
      const stored = repo.activeId();
      const id = stored === undefined || stored === null ? (repo.all().length === 0 ? SANDBOX_PROFILE_ID : null) : stored;
      if (!id) return;
      try {
        await activate(id);
      } catch (error) {
        // Start-up must not fail because a profile cannot open; the operator picks another.
        log.warn({ profile: id, code: error instanceof AppError ? error.code : 'INTERNAL' }, 'could not restore the active profile');
      }
    },

    async dispose(): Promise<void> {
      await sessions.close();
      const s = sandbox;
      sandbox = null;
      if (s) await s.handle.close();
    },
  };
}

export type ProfilesService = ReturnType<typeof createProfilesService>;
