// Per (partner, operation) request rate limit over a sliding one-second window (spec §1.3).

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly enabled: boolean) {}

  /** True when the request may pass; records it. */
  allow(partnerId: string, operation: string, limit: number, now: number): boolean {
    if (!this.enabled) return true;
    const key = `${partnerId}\u0000${operation}`;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - 1000);
    if (recent.length >= limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }
}

export function throttledBody(limit: number, requestId: string) {
  return {
    error_code: 'APIG.0308',
    error_msg: `The throttling threshold has been reached: policy user over ratelimit,limit:${limit},time:1 second`,
    request_id: requestId,
  };
}
