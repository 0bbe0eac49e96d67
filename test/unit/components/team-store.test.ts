// The team actions of the profiles screen (issue #16): a join sends the form once (an empty CA
// box as no CA), then reloads the profiles and the link; a refusal comes back to the form and
// reloads nothing; the password is never kept in the store; leave and the solo import report
// their refusals, and the import its counts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SoloImportView, TeamStatusView } from '../../../shared/contract/channels/team';
import { toIpcError } from '../../../shared/contract/errors';

const join = vi.fn();
const leave = vi.fn();
const importSolo = vi.fn();
const status = vi.fn();
const profilesList = vi.fn();
vi.mock('../../../renderer/bridge', async () => {
  const { ApiError } = await import('../../support/api-error');
  return {
    ApiError,
    api: { team: { join, leave, importSolo, status }, profiles: { list: profilesList } },
    bridge: { onEvent: () => () => undefined },
  };
});
const { useTeamStore } = await import('../../../renderer/stores/team-store');
const { ApiError } = await import('../../../renderer/bridge');

const connected: TeamStatusView = {
  profileId: 'p1', state: 'connected', connection: { host: '127.0.0.1', port: 5432, database: 'pd', user: 'alice', tls: false }, role: 'alice', since: '2026-12-06T20:00:00.000Z',
};
const input = { profileId: 'p1', host: '127.0.0.1', port: '5432', database: 'pd', user: 'alice', password: 'hunter2', caPem: '  ' };

beforeEach(() => {
  for (const f of [join, leave, importSolo, status, profilesList]) f.mockReset();
  status.mockResolvedValue(connected);
  profilesList.mockResolvedValue({ profiles: [], activeId: 'p1', keychain: { available: true } });
  useTeamStore.setState({ status: null, busy: null, error: null, imported: null });
});

describe('joining a team database', () => {
  it('sends the form once without an empty CA, then reloads the profiles and the link', async () => {
    join.mockResolvedValue(connected);
    expect(await useTeamStore.getState().join(input)).toBeNull();
    expect(join).toHaveBeenCalledTimes(1);
    expect(join.mock.calls[0]![0]).toEqual({ profileId: 'p1', host: '127.0.0.1', port: '5432', database: 'pd', user: 'alice', password: 'hunter2' });
    expect(profilesList).toHaveBeenCalledTimes(1);
    expect(status).toHaveBeenCalledTimes(1);
    expect(useTeamStore.getState().status?.state).toBe('connected');
    expect(JSON.stringify(useTeamStore.getState())).not.toContain('hunter2');
  });

  it('returns a refusal to the form and reloads nothing', async () => {
    const refused = toIpcError('TEAM_LOGIN_REJECTED', { user: 'alice', reason: 'password authentication failed' }, 'en');
    join.mockRejectedValue(new ApiError(refused));
    expect(await useTeamStore.getState().join({ ...input, caPem: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----' })).toEqual(refused);
    expect(join.mock.calls[0]![0].caPem).toContain('BEGIN CERTIFICATE');
    expect(profilesList).not.toHaveBeenCalled();
    expect(useTeamStore.getState()).toMatchObject({ busy: null, error: null });
    expect(JSON.stringify(useTeamStore.getState())).not.toContain('hunter2');
  });
});

describe('leaving and the solo import', () => {
  it('leaves, then reloads; a refusal is shown', async () => {
    leave.mockResolvedValue({ ...connected, state: 'solo', connection: null });
    await useTeamStore.getState().leave('p1');
    expect(leave).toHaveBeenCalledWith({ profileId: 'p1' });
    expect(profilesList).toHaveBeenCalledTimes(1);
    leave.mockRejectedValue(new ApiError(toIpcError('TEAM_NOT_SHARED', {}, 'en')));
    await useTeamStore.getState().leave('p1');
    expect(useTeamStore.getState().error?.code).toBe('TEAM_NOT_SHARED');
  });

  it('keeps what the import moved, or why it was refused', async () => {
    const moved: SoloImportView = { entries: 4, events: 9, plans: 1, plansNeedingApproval: 1 };
    importSolo.mockResolvedValue(moved);
    await useTeamStore.getState().importSolo();
    expect(useTeamStore.getState().imported).toEqual(moved);
    importSolo.mockRejectedValue(new ApiError(toIpcError('TEAM_IMPORT_NOT_EMPTY', {}, 'en')));
    await useTeamStore.getState().importSolo();
    expect(useTeamStore.getState()).toMatchObject({ imported: null, busy: null });
    expect(useTeamStore.getState().error?.code).toBe('TEAM_IMPORT_NOT_EMPTY');
  });
});
