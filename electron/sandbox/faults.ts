// Fault injection: rules that make an operation fail on purpose, once, N times or with a probability.
import { createRng } from './util/rng';

export const FAULT_KINDS = [
  /** Apply the operation, then destroy the socket: the client never learns it succeeded. */
  'drop-after-commit',
  /** Answer an error (default 500) without applying. */
  'error-before-commit',
  /** Apply, then answer an error (default 500) anyway. */
  'error-after-commit',
  /** Wait `delayMs` (default 30 s) before handling: past the client's timeout, still applied. */
  'delay',
  /** Destroy the connection before applying. */
  'reset',
  /** Answer 429 APIG.0308 without applying (use `times` for a burst). */
  'throttle',
  /** Apply, then answer 200 with a truncated JSON body. */
  'malformed-body',
  /** Answer 401 as the gateway does for an X-Sdk-Date outside ±15 minutes, without applying. */
  'clock-skew',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * What the error kinds answer: `huawei` the API's own error body (`CBC.0999`), `none` an empty
 * body, `html` a gateway-style HTML page — the last two carry no Huawei error code at all.
 */
export const FAULT_BODIES = ['huawei', 'none', 'html'] as const;

export type FaultBody = (typeof FAULT_BODIES)[number];

export interface FaultSpec {
  /** Operation name from the spec (e.g. `UpdateCustomerAccountAmount`) or `*` for every operation. */
  operation: string;
  kind: FaultKind;
  /** Chance per matching request, (0, 1]; default 1. */
  probability?: number;
  /** How many times the rule fires before it is removed; absent = until cleared. One-shot = 1. */
  times?: number;
  /** HTTP status for the error kinds, 400–599 (default 500). */
  status?: number;
  /** Body of the error kinds' answer (default `huawei`). */
  body?: FaultBody;
  /** For `delay`. */
  delayMs?: number;
  /** For `throttle`: `CBC.0250` answers the business form of flow control instead of the gateway's APIG.0308 (§1.3). */
  code?: 'APIG.0308' | 'CBC.0250';
}

export interface FaultRule extends FaultSpec {
  id: number;
  fired: number;
}

export const PRE_COMMIT: ReadonlySet<FaultKind> = new Set(['error-before-commit', 'reset', 'throttle', 'clock-skew']);

export class Faults {
  private rules: FaultRule[] = [];
  private nextId = 1;
  private readonly rng: () => number;

  constructor(seed: number) {
    this.rng = createRng(seed ^ 0xfa17);
  }

  add(spec: FaultSpec): FaultRule {
    if (!FAULT_KINDS.includes(spec.kind)) throw new Error(`unknown fault kind ${String(spec.kind)}`);
    if (spec.probability !== undefined && !(spec.probability > 0 && spec.probability <= 1)) throw new Error('probability must be in (0, 1]');
    if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times > 0)) throw new Error('times must be a positive integer');
    if (spec.status !== undefined && !(Number.isInteger(spec.status) && spec.status >= 400 && spec.status <= 599)) throw new Error('status must be an integer in [400, 599]');
    if (spec.body !== undefined && !FAULT_BODIES.includes(spec.body)) throw new Error(`body must be one of ${FAULT_BODIES.join(', ')}`);
    if (spec.code !== undefined && spec.code !== 'APIG.0308' && spec.code !== 'CBC.0250') throw new Error('code must be APIG.0308 or CBC.0250');
    const rule: FaultRule = { ...spec, id: this.nextId++, fired: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault (if any) that fires for this request; consumes one use of it. */
  take(operation: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.operation !== '*' && rule.operation !== operation) continue;
      if (rule.probability !== undefined && this.rng() >= rule.probability) continue;
      rule.fired += 1;
      if (rule.times !== undefined && rule.fired >= rule.times) this.remove(rule.id);
      return { ...rule };
    }
    return undefined;
  }
}

/** Parses `--fault OP:KIND[:PROB|xN]`, e.g. `UpdateCustomerAccountAmount:drop-after-commit:x1` or `*:throttle:0.1`. */
export function parseFaultFlag(text: string): FaultSpec {
  const [operation, kind, extra] = text.split(':');
  if (!operation || !kind || !FAULT_KINDS.includes(kind as FaultKind)) throw new Error(`bad --fault ${text}; kinds: ${FAULT_KINDS.join(', ')}`);
  const spec: FaultSpec = { operation, kind: kind as FaultKind };
  if (extra?.startsWith('x')) spec.times = Number(extra.slice(1));
  else if (extra !== undefined) spec.probability = Number(extra);
  return spec;
}
