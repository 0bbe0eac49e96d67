// The money journal of a shared profile: every call goes to the team database the link has
// open now, so the executor can be made when the session starts and refuses with
// TEAM_DISCONNECTED (as a rejected promise) while the database is out of reach.
import type { AsyncJournal } from '../infra/journal/async-journal';
import { TeamJournal } from '../infra/team/team-journal';
import type { TeamLink } from './team-link';

export function linkedJournal(link: TeamLink): AsyncJournal {
  const out: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(TeamJournal.prototype)) {
    if (key === 'constructor' || typeof (TeamJournal.prototype as unknown as Record<string, unknown>)[key] !== 'function') continue;
    out[key] = (...args: unknown[]) => {
      try {
        const journal = link.database().journal as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
        return journal[key]!(...args);
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  return out as AsyncJournal;
}
