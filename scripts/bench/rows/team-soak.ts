// Team mode (issue #16): the multi-process soak at bench size — four workstation processes
// (two logins × two processes, two data folders) on one durable PostgreSQL server (fsync on)
// and one sandbox, 8 plans of 100 fundings and 200 single fundings offered to all four, 10%
// injected faults and 16 SIGKILLs (test/team/soak-harness.ts). The row counts what was
// applied twice: a plan item or an offered operation with more than one sandbox record or
// applied journal entry. Lost and unexplained operations fail the row outright.
import { provisionTeamFixture } from '../../../test/team/fixture';
import { startServer, stopServer } from '../../../test/team/pg-server';
import { runTeamSoak } from '../../../test/team/soak-harness';
import type { BenchRow } from '../bench-row';

export default async function teamSoakBench(): Promise<BenchRow[]> {
  const server = await startServer({ durable: true });
  try {
    const team = await provisionTeamFixture(server);
    try {
      const r = await runTeamSoak({ team, seed: 20261206, plans: 8, planSize: 100, offers: 200, faultRate: 0.1, kills: 16, timeoutMs: 600_000 });
      if (r.details.length) console.error(r.details.slice(0, 20).join('\n'));
      if (r.lost || r.unexplained) throw new Error(`team soak: ${r.lost} lost, ${r.unexplained} unexplained (seed ${r.seed})`);
      return [
        {
          key: 'team_soak_duplicates',
          label: `Team soak: 4 processes, ${r.planItems} plan items + ${r.offers} offered operations, ${r.faultsFired} faults, ${r.kills} kills — applied twice`,
          value: r.duplicates,
          unit: 'count',
          target: '== 0',
          bound: null,
        },
      ];
    } finally {
      await team.close();
    }
  } finally {
    stopServer(server);
  }
}
