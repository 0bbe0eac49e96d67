// Each team test file gets its own database on the run's private server (global-setup.ts),
// provisioned the way a team's administrator would (fixture.ts).
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TeamDatabase } from '../../electron/core/infra/team/team-database';
import { provisionTeamFixture, type TeamFixture } from './fixture';

export type { TeamFixture } from './fixture';

/** A fresh database and its logins on the run's server. */
export function createTeamFixture(): Promise<TeamFixture> {
  return provisionTeamFixture(inject('teamPg'));
}

/** A raw connection as a login (for what the app never does: raw UPDATE/DELETE attempts). */
export async function rawClient(fixture: TeamFixture, user: string): Promise<pg.Client> {
  const { options: _o, ...rest } = { ...fixture.config(user), options: undefined };
  const c = new pg.Client({ ...rest, options: '-c search_path=partner_desk' });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

export interface TeamSuite {
  readonly t: TeamFixture;
  /** Two operators' workstations (pools), on a database the administrator has migrated. */
  readonly alice: TeamDatabase;
  readonly bob: TeamDatabase;
}

/** Registers the suite's hooks: a fresh fixture migrated by its administrator, two operators open. */
export function useTeamSuite(): TeamSuite {
  const state: { t?: TeamFixture; alice?: TeamDatabase; bob?: TeamDatabase } = {};
  beforeAll(async () => {
    state.t = await createTeamFixture();
    await state.t.open(state.t.admin);
    state.alice = await state.t.open(state.t.alice);
    state.bob = await state.t.open(state.t.bob);
  });
  afterAll(() => state.t?.close());
  return {
    get t() { return state.t!; },
    get alice() { return state.alice!; },
    get bob() { return state.bob!; },
  };
}

/** Polls `check` every 10 ms until it holds; throws after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
