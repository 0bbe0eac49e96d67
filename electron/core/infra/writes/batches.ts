// How intents become calls: a batch write's intents that agree on everything but the item
// (the descriptor's groupKey) share calls of at most maxItems, in the order given; every
// other write is one call per intent.
import type { WriteCall } from './descriptor';
import { descriptorOf } from './registry';

export function chunkCalls<T>(items: readonly T[], callOf: (item: T) => WriteCall): T[][] {
  const groups = new Map<string, T[][]>();
  const order: T[][] = [];
  for (const item of items) {
    const call = callOf(item);
    const batch = descriptorOf(call.operation).batch;
    if (!batch) {
      order.push([item]);
      continue;
    }
    const key = `${call.operation}|${batch.groupKey(call)}`;
    const chunks = groups.get(key) ?? [];
    if (!groups.has(key)) groups.set(key, chunks);
    const last = chunks[chunks.length - 1];
    // An item named twice in one call could not be told apart in the answer.
    const named = last?.some((x) => batch.itemKey(callOf(x)) === batch.itemKey(call));
    if (last && last.length < batch.maxItems && !named) last.push(item);
    else {
      const next = [item];
      chunks.push(next);
      order.push(next);
    }
  }
  return order;
}
