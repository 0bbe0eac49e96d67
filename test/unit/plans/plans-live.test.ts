// Live plans in a team (issue #16): `plans.changed` from another workstation reloads the plans
// list and, when it names the open plan (or no plan, or a resync), the open plan; a roster
// change reloads the approvers. A burst of item events is answered with one reload, not one
// per event, so a running plan does not flood the host.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDetail } from '../../../shared/contract/channels/plans';
import type { AppEvent, EventMap } from '../../../shared/contract/events';

const listeners: ((e: AppEvent) => void)[] = [];
const list = vi.fn(async () => []);
const get = vi.fn(async ({ id }: { id: string }) => ({ id, name: `fresh ${id}` }) as unknown as PlanDetail);
const approvalSetup = vi.fn(async () => ({}));
vi.mock('../../../renderer/bridge', async () => {
  const { ApiError } = await import('../../support/api-error');
  return {
    ApiError,
    api: { plans: { list: () => list(), get: (input: { id: string }) => get(input), approvalSetup: () => approvalSetup() } },
    bridge: { onEvent: (l: (e: AppEvent) => void) => listeners.push(l) },
  };
});

const { DEBOUNCE_MS, watchPlanChanges } = await import('../../../renderer/stores/plans-live');
const { usePlansStore } = await import('../../../renderer/stores/plans-store');
const { useApproversStore } = await import('../../../renderer/stores/approvers-store');
const { ApiError } = await import('../../../renderer/bridge');

const changed = (payload: EventMap['plans.changed']) => listeners.forEach((l) => l({ name: 'plans.changed', payload }));
const openPlan = (id: string) => usePlansStore.setState({ current: { id, name: `old ${id}` } as unknown as PlanDetail, panel: 'plan' });
/** Lets the debounce run out and the reloads settle. */
const settle = async () => {
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  await vi.runAllTimersAsync();
};

beforeEach(() => {
  vi.useFakeTimers();
  watchPlanChanges();
  list.mockClear();
  get.mockClear();
  approvalSetup.mockClear();
  usePlansStore.setState({ current: null, error: null });
  useApproversStore.setState({ setup: null });
});
afterEach(() => vi.useRealTimers());

describe('plans.changed', () => {
  it('waits out a burst and then reloads the list and the open plan once', async () => {
    openPlan('p1');
    for (let i = 0; i < 20; i++) changed({ planId: 'p1', kind: 'plan-item' });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(list).not.toHaveBeenCalled();
    await settle();
    expect(list).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith({ id: 'p1' });
    expect(usePlansStore.getState().current?.name).toBe('fresh p1');
  });

  it('reloads the list but not the open plan when another plan changed', async () => {
    openPlan('p1');
    changed({ planId: 'p2', kind: 'approval' });
    await settle();
    expect(list).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect(usePlansStore.getState().current?.name).toBe('old p1');
  });

  it('reloads the open plan for an event naming no plan, and everything on resync', async () => {
    openPlan('p1');
    changed({ planId: null, kind: 'plan' });
    await settle();
    expect(get).toHaveBeenCalledTimes(1);
    useApproversStore.setState({ setup: {} as never });
    changed({ planId: null, kind: 'resync' });
    await settle();
    expect(list).toHaveBeenCalledTimes(2);
    expect(get).toHaveBeenCalledTimes(2);
    expect(approvalSetup).toHaveBeenCalledTimes(1);
  });

  it('reloads the approvers on a roster change once they are shown', async () => {
    changed({ planId: null, kind: 'roster' });
    await settle();
    expect(approvalSetup).not.toHaveBeenCalled();
    useApproversStore.setState({ setup: {} as never });
    changed({ planId: null, kind: 'roster' });
    changed({ planId: null, kind: 'roster' });
    await settle();
    expect(approvalSetup).toHaveBeenCalledTimes(1);
  });

  it('keeps a plan opened meanwhile, and closes one deleted on another workstation', async () => {
    openPlan('p1');
    let answer: (p: PlanDetail) => void = () => undefined;
    get.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    changed({ planId: 'p1', kind: 'plan' });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    openPlan('p3');
    answer({ id: 'p1', name: 'fresh p1' } as unknown as PlanDetail);
    await vi.runAllTimersAsync();
    expect(usePlansStore.getState().current?.id).toBe('p3');

    get.mockRejectedValueOnce(new ApiError({ code: 'PLAN_NOT_FOUND' } as never));
    changed({ planId: 'p3', kind: 'plan' });
    await settle();
    expect(usePlansStore.getState().current).toBeNull();
  });

  it('never lets an older answer land after a newer one: a slow reload is waited for before the next', async () => {
    openPlan('p1');
    // The first read is slow and says running; the second, asked later, says finished.
    let answer = 0;
    get.mockImplementation(async ({ id }) => {
      const n = ++answer;
      await new Promise((r) => setTimeout(r, n === 1 ? 5 * DEBOUNCE_MS : 10));
      return { id, name: n === 1 ? 'running' : 'finished' } as unknown as PlanDetail;
    });
    changed({ planId: 'p1', kind: 'plan-item' });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    changed({ planId: 'p1', kind: 'plan' });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await vi.runAllTimersAsync();
    expect(get).toHaveBeenCalledTimes(2);
    expect(usePlansStore.getState().current?.name).toBe('finished');
    get.mockImplementation(async ({ id }: { id: string }) => ({ id, name: `fresh ${id}` }) as unknown as PlanDetail);
  });
});
