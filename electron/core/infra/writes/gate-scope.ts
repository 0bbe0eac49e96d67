// Which gates the current call passed. The router runs every handler inside this scope; the
// write executor refuses to journal or send unless the scope holds the gates every write
// needs. A handler that reaches a write through a channel that forgot a gate fails loudly
// instead of sending (and a test drives every channel to prove none does).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Gate } from '../../../../shared/contract/define';
import { AppError } from '../../../../shared/contract/errors';

interface Scope {
  readonly channel: string;
  readonly gates: readonly Gate[];
}

const storage = new AsyncLocalStorage<Scope>();

export function runInGateScope<T>(channel: string, gates: readonly Gate[], fn: () => T): T {
  return storage.run({ channel, gates }, fn);
}

/** Every write: one process on the folder, reachable API, and a confirmation or an approval. */
export const WRITE_REQUIRES: readonly Gate[] = ['single-instance', 'online'];
export const WRITE_AUTHORISED_BY: readonly Gate[] = ['confirmed', 'approved'];

export function assertWriteGated(): void {
  const scope = storage.getStore();
  const gates = scope?.gates ?? [];
  const missing = WRITE_REQUIRES.filter((g) => !gates.includes(g));
  if (!WRITE_AUTHORISED_BY.some((g) => gates.includes(g))) missing.push(WRITE_AUTHORISED_BY.join(' or ') as Gate);
  if (missing.length) throw new AppError('MONEY_GATE_MISSING', { channel: scope?.channel ?? 'no channel', missing: missing.join(', ') });
}
