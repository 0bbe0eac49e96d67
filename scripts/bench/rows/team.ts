// Team mode (issue #16): how long a journal entry written on one workstation takes to reach
// another — from the write's start, through its commit on a durable PostgreSQL server (fsync
// on) and LISTEN/NOTIFY, to the other workstation's listener (TeamEvents, which the screens
// follow). Two operator logins, as two workstations; a private server from Debian's
// postgresql package, started and removed here (the harness of test/team/pg-server.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { provisionTeamDatabase } from '../../../electron/core/infra/team/provision';
import { openTeamDatabase } from '../../../electron/core/infra/team/team-database';
import { TeamEvents, type TeamChange } from '../../../electron/core/infra/team/team-events';
import { startServer, stopServer } from '../../../test/team/pg-server';
import type { BenchRow } from '../bench-row';

const WRITES = 100;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export default async function teamBench(): Promise<BenchRow[]> {
  const server = await startServer({ durable: true });
  try {
    const password = randomBytes(12).toString('base64url');
    const database = 'pd_bench';
    const boot = new pg.Client({ host: server.host, port: server.port, user: server.superuser, password: server.superPassword, database: 'postgres' });
    await boot.connect();
    try {
      await provisionTeamDatabase(boot, {
        database,
        administrators: [{ name: 'bench_admin', password }],
        operators: [{ name: 'bench_alice', password }, { name: 'bench_bob', password }],
      });
    } finally {
      await boot.end();
    }
    const config = (user: string) => ({ host: server.host, port: server.port, database, user, password, applicationName: `bench ${user}` });
    // The administrator applies the schema once, as a team's would on first connect.
    await (await openTeamDatabase(config('bench_admin'))).close();
    const alice = await openTeamDatabase(config('bench_alice'));
    const bob = new TeamEvents(config('bench_bob'));
    await bob.start();
    try {
      const intent = (i: number) => ({
        operator: 'bench', profileId: 'p', profileName: 'Team', operation: 'fundCustomer' as const,
        counterpartyId: `c${i}`, amount: '5.00', currency: 'CNY', planId: `plan-${i}`, planItemId: '1',
      });
      await alice.journal.begin(intent(-1)); // the pool's first connection is not what is measured
      const latencies: number[] = [];
      for (let i = 0; i < WRITES; i += 1) {
        const planId = `plan-${i}`;
        const seen = new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`write ${i} not received within 10 s`)), 10_000);
          const on = (c: TeamChange) => {
            if (c.kind !== 'journal' || c.planId !== planId) return;
            clearTimeout(timer);
            bob.off('change', on);
            resolve();
          };
          bob.on('change', on);
        });
        const started = performance.now();
        await alice.journal.begin(intent(i));
        await seen;
        latencies.push(performance.now() - started);
      }
      const sorted = latencies.sort((a, b) => a - b);
      return [
        {
          key: 'team_event_latency_ms',
          label: 'Team: journal entry written on one workstation to received on another (durable PostgreSQL, LISTEN/NOTIFY), p95 of 100',
          value: Math.round(percentile(sorted, 95) * 10) / 10,
          unit: 'ms',
          target: '< 1000',
          bound: null,
        },
      ];
    } finally {
      await bob.stop();
      await alice.close();
    }
  } finally {
    stopServer(server);
  }
}
