// What never reaches a log line: values under secret-looking keys anywhere in the object,
// and signature material inside strings (an Authorization header pasted into a message).
const SECRET_KEY = /^(sk|secret|secretkey|secret_key|secretaccesskey|password|passwd|authorization|proxy-authorization|x-auth-token|x-security-token|token|cookie|set-cookie)$/i;
const AUTH_IN_TEXT = /(SDK-HMAC-SHA256|Bearer|Basic)\s+[^\s"',;]+(?:[^"'\n]*Signature=[0-9a-f]+)?/gi;

export const REDACTED = '[redacted]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function scrubText(text: string): string {
  return text.replace(AUTH_IN_TEXT, (_m, scheme: string) => `${scheme} ${REDACTED}`);
}

/** A copy of `value` with secrets replaced; cycles and depth are bounded so logging never throws. */
export function redactDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8 || seen.has(value)) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), stack: value.stack ? scrubText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isSecretKey(k) ? REDACTED : redactDeep(v, depth + 1, seen);
  return out;
}
