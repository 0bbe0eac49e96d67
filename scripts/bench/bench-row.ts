// One measured figure. `target` says what "good" is (e.g. "<= 1.2"); `bound` is a hard
// reference where one exists (e.g. the rate-limit bound), else null.
export interface BenchRow {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string | null;
  readonly bound: number | null;
}

/** A bench module: scripts/bench/rows/<name>.ts default-exports one of these. */
export type BenchModule = () => Promise<BenchRow[]>;

/** True when `value` meets a target like "<= 1.2", ">= 9", "< 300", "== 0". */
export function meetsTarget(value: number, target: string | null): boolean | null {
  if (!target) return null;
  const m = /^(<=|>=|<|>|==)\s*(-?[\d.]+)$/.exec(target.trim());
  if (!m) return null;
  const t = Number(m[2]);
  switch (m[1]) {
    case '<=': return value <= t;
    case '>=': return value >= t;
    case '<': return value < t;
    case '>': return value > t;
    default: return value === t;
  }
}
