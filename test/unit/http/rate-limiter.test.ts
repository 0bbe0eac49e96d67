import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../electron/core/infra/http';

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
  });

  it('spaces starts evenly, with a margin for arrival jitter, instead of bursting', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 11 }, () => limiter.acquire('p|ListSubCustomers', 10).then(() => starts.push(clock.t))));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeCloseTo(105, 5);
  });

  it('lets account-change records use 20 per second', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 21 }, () => limiter.acquire('p|ListPartnerAccountChangeRecords', 20).then(() => starts.push(clock.t))));
    // 20 more starts after the first take 20 × 52.5 ms: twice the pace of a 10/s lane.
    expect(Math.max(...starts)).toBeCloseTo(1050, 5);
  });

  it('keeps lanes independent so different operations run concurrently', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    await limiter.acquire('p|A', 10);
    await limiter.acquire('p|B', 10);
    await limiter.acquire('q|A', 10);
    expect(clock.t).toBe(0);
    await limiter.acquire('p|A', 10);
    expect(clock.t).toBe(105);
  });

  it('holds a penalised lane until the back-off ends', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter(clock);
    limiter.penalize('p|A', 2500);
    await limiter.acquire('p|A', 10);
    expect(clock.t).toBe(2500);
  });
});
