// The shell's team banner (issue #16), one state at a time, in both languages: a solo profile
// shows nothing; connected, a compact badge; connecting, a neutral notice; disconnected, an
// alert that money actions are off, why, and that review keeps working. The store follows the
// `team.status` event, keeps the newest state, and asks again after a profile switch.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeamStatusView } from '../../../shared/contract/channels/team';
import type { AppEvent } from '../../../shared/contract/events';
import { initTestI18n } from '../../support/i18n';

const listeners: ((e: AppEvent) => void)[] = [];
const status = vi.fn<() => Promise<TeamStatusView>>();
vi.mock('../../../renderer/bridge', () => ({
  api: { team: { status: () => status() }, profiles: { list: vi.fn() } },
  bridge: { onEvent: (l: (e: AppEvent) => void) => listeners.push(l) },
  ApiError: class extends Error {},
}));
const { TeamStatusNotice } = await import('../../../renderer/components/TeamBanner');
const { useTeamStore, watchTeam } = await import('../../../renderer/stores/team-store');
const { useProfilesStore } = await import('../../../renderer/stores/profiles-store');

beforeAll(initTestI18n);

const connection = { host: 'db.finance.example.com', port: 5432, database: 'partner_desk_acme', user: 'alice', tls: true };
const at = (state: TeamStatusView['state'], over: Partial<TeamStatusView> = {}): TeamStatusView => ({
  profileId: 'p1', state, connection, since: '2026-12-06T20:00:00.000Z', ...over,
});
const render = (s: TeamStatusView | null) => renderToStaticMarkup(createElement(TeamStatusNotice, { status: s }));

describe('the team banner', () => {
  it('shows nothing for a solo profile, or before the host has answered', () => {
    expect(render(at('solo', { connection: null }))).toBe('');
    expect(render(null)).toBe('');
  });

  it('shows a compact badge with the database and the role while connected', async () => {
    await i18next.changeLanguage('en');
    const html = render(at('connected', { role: 'alice_ops' }));
    expect(html).toContain('data-testid="team-badge"');
    expect(html).toContain('Team: partner_desk_acme · alice_ops');
    expect(html).not.toContain('role="alert"');
    await i18next.changeLanguage('zh-CN');
    expect(render(at('connected', { role: 'alice_ops' }))).toContain('团队：partner_desk_acme · alice_ops');
  });

  it('shows a neutral notice while connecting', async () => {
    await i18next.changeLanguage('en');
    const html = render(at('connecting'));
    expect(html).toContain('role="status"');
    expect(html).toContain('Connecting to the team database partner_desk_acme on db.finance.example.com…');
    expect(html).not.toContain('notice-warn');
    await i18next.changeLanguage('zh-CN');
    expect(render(at('connecting'))).toContain('正在连接 db.finance.example.com 上的团队数据库 partner_desk_acme…');
  });

  it('warns while disconnected: money actions off, the reason, review on, reconnecting by itself', async () => {
    const down = at('disconnected', { reason: 'connection refused' });
    await i18next.changeLanguage('en');
    const en = render(down);
    expect(en).toMatch(/<div role="alert"[^>]*data-testid="team-disconnected"/);
    expect(en).toContain('Money actions are disabled on this workstation');
    expect(en).toContain('Reason: connection refused');
    expect(en).toContain('Review of fetched data keeps working. Partner Desk reconnects by itself.');
    await i18next.changeLanguage('zh-CN');
    const zh = render(down);
    expect(zh).toContain('本工作站已停用资金操作');
    expect(zh).toContain('原因：connection refused');
    expect(zh).toContain('Partner Desk 会自动重新连接');
    await i18next.changeLanguage('en');
  });
});

describe('the team status store', () => {
  const emit = (payload: TeamStatusView) => listeners.forEach((l) => l({ name: 'team.status', payload }));

  it('asks at start, follows the event, and keeps the newer state when an older one arrives late', async () => {
    status.mockResolvedValueOnce(at('connecting', { since: '2026-12-06T20:00:00.000Z' }));
    watchTeam();
    await vi.waitFor(() => expect(useTeamStore.getState().status?.state).toBe('connecting'));
    emit(at('disconnected', { reason: 'timeout', since: '2026-12-06T20:05:00.000Z' }));
    expect(useTeamStore.getState().status?.state).toBe('disconnected');
    emit(at('connected', { since: '2026-12-06T20:01:00.000Z' }));
    expect(useTeamStore.getState().status?.reason).toBe('timeout');
  });

  it('asks again after a profile switch, and takes the new profile’s state whatever its time', async () => {
    const list = (activeId: string) => ({ profiles: [], activeId, keychain: { available: true } }) as never;
    status.mockResolvedValueOnce(at('disconnected', { reason: 'timeout', since: '2026-12-06T20:05:00.000Z' }));
    useProfilesStore.setState({ list: list('p1') });
    await vi.waitFor(() => expect(status).toHaveBeenCalledTimes(2));
    status.mockResolvedValueOnce(at('solo', { profileId: 'p2', connection: null, since: '2026-12-06T19:00:00.000Z' }));
    const asked = status.mock.calls.length;
    useProfilesStore.setState({ list: list('p2') });
    expect(status.mock.calls.length).toBe(asked + 1);
    await vi.waitFor(() => expect(useTeamStore.getState().status?.profileId).toBe('p2'));
    expect(useTeamStore.getState().status?.state).toBe('solo');
  });
});
