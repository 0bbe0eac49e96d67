// What a command answers: one value (printed as JSON with --json, else as text lines on
// stdout) and its exit code. Progress is for people and always goes to stderr.
import { formatMoney } from '../../shared/domain/money';
import type { ExitCode } from './exit-codes';

export interface Outcome {
  readonly value: unknown;
  readonly text: readonly string[];
  readonly exit: ExitCode;
}

export const outcome = (value: unknown, text: readonly string[], exit: ExitCode = 0): Outcome => ({ value, text, exit });

export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

export const money = (amount: string | null | undefined, currency: string = 'CNY'): string =>
  amount === null || amount === undefined ? '—' : formatMoney(amount, { currency: currency === 'USD' ? 'USD' : 'CNY' });

/** Fixed-width columns for a text table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
