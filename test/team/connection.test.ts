// How a shared profile reaches its database: TLS with the server's CA off this machine, names
// that fit PostgreSQL's identifiers. (No server needed; it runs with the team tests.)
import { describe, expect, it } from 'vitest';
import { clientConfig, teamRoles } from '../../electron/core/infra/team/connection';

const base = { port: 5432, database: 'acme_ops', user: 'alice', password: 'pw' };

describe('team connection settings', () => {
  it('require the server’s CA when the database is not on loopback, and then verify the certificate', () => {
    expect(() => clientConfig({ ...base, host: 'db.acme.example' })).toThrow(/CA certificate is required/);
    const tls = clientConfig({ ...base, host: 'db.acme.example', caPem: '-----BEGIN CERTIFICATE-----\n…' });
    expect(tls.ssl).toEqual({ ca: '-----BEGIN CERTIFICATE-----\n…', rejectUnauthorized: true });
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(clientConfig({ ...base, host }).ssl).toBe(false);
  });

  it('search our schema only and name the workstation to the server', () => {
    const c = clientConfig({ ...base, host: '127.0.0.1', applicationName: 'Partner Desk on ws-7' });
    expect(c).toMatchObject({ options: '-c search_path=partner_desk', application_name: 'Partner Desk on ws-7' });
  });

  it('name the group roles after the database, refusing names that would not fit or need quoting', () => {
    expect(teamRoles('acme_ops')).toEqual({ owner: 'acme_ops_owner', operator: 'acme_ops_operator' });
    expect(() => teamRoles('Acme-Ops')).toThrow(/lower-case/);
    expect(() => teamRoles('a'.repeat(49))).toThrow(/at most 48/);
  });
});
