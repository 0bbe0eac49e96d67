// What every write carries: the sync run that listed the rows (for deletion marking) and
// the time they were fetched (the as-of time shown with them).
export interface WriteContext {
  readonly runId: string;
  readonly fetchedAt: string;
}

export function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

export function int(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}
