// Builds the sandbox world: the seeded data, then (with --state) the journal replayed on top.
import type { World } from './handlers/context';
import type { Command } from './ledger/commands';
import { Ledger } from './ledger/ledger';
import { seedWorld } from './seed/index';

export interface WorldSpec {
  seed: number;
  customers: number;
  /** When the data was first seeded; bills cover the 13 months before this month. */
  anchor: string;
}

export function buildWorld(spec: WorldSpec, journal: readonly Command[] = []): World {
  const { store, bills } = seedWorld({ seed: spec.seed, customers: spec.customers, anchor: new Date(spec.anchor) });
  const ledger = new Ledger(store);
  for (const cmd of journal) ledger.apply(cmd);
  return { store, ledger, bills, codes: new Map() };
}
