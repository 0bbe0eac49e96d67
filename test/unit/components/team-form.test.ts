// The team database form (issue #16): every bad field gets its own message in the operator's
// language, from the contract's rules; the CA certificate is required only off this machine;
// the service's field error sits next to its field until that field is edited; the password is
// a password input that never carries a value into the markup.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProfileView } from '../../../shared/contract/channels/profiles';
import type { TeamStatusView } from '../../../shared/contract/channels/team';
import { errorCatalog, toIpcError } from '../../../shared/contract/errors';
import { initTestI18n } from '../../support/i18n';

vi.mock('../../../renderer/bridge', () => ({ api: {}, bridge: { onEvent: () => () => undefined }, ApiError: class extends Error {} }));
const { teamCheck, fieldOf } = await import('../../../renderer/screens/profiles/field-messages');
const { TeamForm, shownMessages } = await import('../../../renderer/screens/profiles/TeamForm');
const { TeamSection, soloImport, shareable, ImportResult } = await import('../../../renderer/screens/profiles/TeamSection');

beforeAll(initTestI18n);

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const good = { host: 'db.finance.example.com', port: '5432', database: 'partner_desk_acme', user: 'alice', password: 's3cret', caPem: PEM };

const profile = (over: Partial<ProfileView> = {}): ProfileView => ({
  id: 'p1', name: 'Acme', site: 'china', endpoint: 'https://x', akMasked: 'AK…1', domainId: 'd1', role: 'SP', builtIn: false, active: true, ...over,
});

describe('the team form’s field messages', () => {
  it('gives nothing to say about a complete draft', () => {
    expect(teamCheck(good, 'en')).toEqual({});
  });

  it('gives each bad field its own message, in English and in Chinese', () => {
    const bad = { host: 'db..example', port: '70000', database: 'Bad-Name', user: '1x y', password: '', caPem: 'not a pem' };
    const en = teamCheck(bad, 'en');
    expect(en).toEqual({
      host: errorCatalog.TEAM_HOST_INVALID.en,
      port: errorCatalog.TEAM_PORT_INVALID.en,
      database: errorCatalog.TEAM_DATABASE_INVALID.en,
      user: errorCatalog.TEAM_USER_INVALID.en,
      password: errorCatalog.TEAM_PASSWORD_REQUIRED.en,
      caPem: errorCatalog.TEAM_CA_INVALID.en,
    });
    expect(new Set(Object.values(en)).size).toBe(6);
    expect(teamCheck(bad, 'zh-CN').port).toBe(errorCatalog.TEAM_PORT_INVALID['zh-CN']);
  });

  it('requires the CA certificate for a server off this machine', () => {
    expect(teamCheck({ ...good, caPem: '' }, 'en')).toEqual({ caPem: errorCatalog.TEAM_CA_REQUIRED.en });
    expect(teamCheck({ ...good, host: '10.0.0.12', caPem: '  ' }, 'zh-CN')).toEqual({ caPem: errorCatalog.TEAM_CA_REQUIRED['zh-CN'] });
  });

  it('does not require it on 127.0.0.1 or localhost', () => {
    expect(teamCheck({ ...good, host: '127.0.0.1', caPem: '' }, 'en')).toEqual({});
    expect(teamCheck({ ...good, host: 'localhost', caPem: '' }, 'en')).toEqual({});
  });

  it('shows a field’s rule only once the field is left, and the service’s message for a field at once', () => {
    const local = teamCheck({ ...good, host: '', user: '' }, 'en');
    expect(shownMessages(local, {}, new Set())).toEqual({});
    expect(shownMessages(local, {}, new Set(['host']))).toEqual({ host: local.host });
    const server = fieldOf<'user'>(toIpcError('TEAM_USER_INVALID', { field: 'user' }, 'en'), 'en') ?? {};
    expect(shownMessages({}, server, new Set())).toEqual({ user: errorCatalog.TEAM_USER_INVALID.en });
  });
});

describe('the team form', () => {
  const form = () => renderToStaticMarkup(createElement(TeamForm, { profile: profile(), onDone: () => undefined }));

  it('has every field the e2e names, the port defaulting to 5432', async () => {
    await i18next.changeLanguage('en');
    const html = form();
    for (const id of ['team-host', 'team-port', 'team-database', 'team-user', 'team-password', 'team-ca', 'team-submit']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toMatch(/value="5432" data-testid="team-port"|data-testid="team-port"[^>]*value="5432"/);
    expect(html).toContain('Connect &quot;Acme&quot; to a team database');
    expect(html).toContain('Required unless the database server is on this machine (localhost, 127.0.0.1)');
  });

  it('takes the password in a password input that shows no value', () => {
    const input = form().match(/<input[^>]*data-testid="team-password"[^>]*>/)?.[0] ?? '';
    expect(input).toContain('type="password"');
    expect(input).toContain('value=""');
  });

  it('speaks Chinese in the Chinese UI', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(form()).toContain('将“Acme”连接到团队数据库');
    await i18next.changeLanguage('en');
  });
});

describe('the profiles’ team section', () => {
  const shared = profile({ team: { host: 'db.finance.example.com', port: 5432, database: 'partner_desk_acme', user: 'alice', tls: true } });
  const status = (over: Partial<TeamStatusView> = {}): TeamStatusView => ({
    profileId: 'p1', state: 'connected', connection: shared.team!, role: 'alice', administrator: true, since: '2026-12-06T20:00:00.000Z', ...over,
  });

  it('leaves built-in profiles out: they cannot be shared', () => {
    expect(shareable([profile(), profile({ id: 'sandbox', builtIn: true })]).map((p) => p.id)).toEqual(['p1']);
  });

  it('says with which database a shared profile works, and offers to leave; a solo one offers to connect', async () => {
    await i18next.changeLanguage('en');
    const html = renderToStaticMarkup(createElement(TeamSection, { profiles: [shared, profile({ id: 'p2', name: 'Solo', active: false })] }));
    expect(html).toContain('Shared: partner_desk_acme on db.finance.example.com:5432 as alice, TLS yes');
    expect(html).toContain('data-testid="team-leave"');
    expect(html).toContain('aria-label="Connect to a team database: Solo"');
    await i18next.changeLanguage('zh-CN');
    const zh = renderToStaticMarkup(createElement(TeamSection, { profiles: [{ ...shared, team: { ...shared.team!, tls: false } }] }));
    expect(zh).toContain('已共享：db.finance.example.com:5432 上的 partner_desk_acme，登录名 alice，TLS：否');
    await i18next.changeLanguage('en');
  });

  it('offers the solo import only to an administrator of the active, connected shared profile', () => {
    expect(soloImport(shared, status())).toBe('offer');
    expect(soloImport(shared, status({ administrator: false }))).toBe('not-administrator');
    expect(soloImport(shared, status({ state: 'disconnected' }))).toBeNull();
    expect(soloImport({ ...shared, active: false }, status())).toBeNull();
    expect(soloImport(profile(), status())).toBeNull();
    expect(soloImport(shared, status({ profileId: 'other' }))).toBeNull();
  });

  it('reports what the import moved, and the plans needing a new approval', async () => {
    await i18next.changeLanguage('en');
    const html = renderToStaticMarkup(createElement(ImportResult, { result: { entries: 12, events: 30, plans: 3, plansNeedingApproval: 2 } }));
    expect(html).toContain('data-testid="solo-import-result"');
    expect(html).toContain('12 journal entries (30 events) and 3 plans');
    expect(html).toContain('needing a new approval: 2.');
    expect(renderToStaticMarkup(createElement(ImportResult, { result: { entries: 1, events: 2, plans: 0, plansNeedingApproval: 0 } }))).not.toContain('new approval');
  });
});
