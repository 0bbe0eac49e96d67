// The journal as the write engine uses it: every public operation of the SQLite Journal as a
// promise of the same result. The team journal (infra/team/team-journal.ts) implements it
// over PostgreSQL; the solo journal is wrapped here. Checked by the compiler, so a method
// added to Journal must be added to both.
import type { Journal } from './journal';

export type AsyncJournal = {
  [K in keyof Journal]: Journal[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

/**
 * The SQLite journal behind the async interface. Each call still runs in one synchronous
 * transaction; a thrown error becomes a rejected promise, never an exception at the call.
 */
export function asyncJournal(journal: Journal): AsyncJournal {
  const wrapped: Partial<Record<keyof Journal, unknown>> = {};
  for (const key of Object.getOwnPropertyNames(Object.getPrototypeOf(journal)) as Array<keyof Journal>) {
    const member = journal[key] as unknown;
    if ((key as string) === 'constructor' || typeof member !== 'function') continue;
    wrapped[key] = (...args: unknown[]) => {
      try {
        return Promise.resolve((member as (...a: unknown[]) => unknown).apply(journal, args));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  return wrapped as AsyncJournal;
}
