import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../electron/core/http';

function fakeClock() {
  const c = { t: 0, now: () => c.t, sleep: async (ms: number) => { c.t += ms; } };
  return c;
}

describe('the per-(partner, operation) rate limiter', () => {
  it('starts at most 10 requests in any second on one lane', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 25 }, () => limiter.acquire('p|ListSubCustomers', 10).then(() => starts.push(clock.t))));
    for (let i = 10; i < starts.length; i++) expect(starts[i]! - starts[i - 10]!).toBeGreaterThanOrEqual(1000);
    expect(starts.slice(0, 10).every((s) => s === 0)).toBe(true);
  });

  it('lets account-change records use 20 per second', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 20 }, () => limiter.acquire('p|ListPartnerAccountChangeRecords', 20).then(() => starts.push(clock.t))));
    expect(Math.max(...starts)).toBe(0);
  });

  it('keeps lanes independent so different operations run concurrently', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    for (let i = 0; i < 10; i++) await limiter.acquire('p|A', 10);
    await limiter.acquire('p|B', 10);
    await limiter.acquire('q|A', 10);
    expect(clock.t).toBe(0);
  });

  it('holds a penalised lane until the back-off ends', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    limiter.penalize('p|A', 2500);
    await limiter.acquire('p|A', 10);
    expect(clock.t).toBe(2500);
  });
});
