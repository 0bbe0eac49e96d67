// Typed fan-out of main-side events to every connected transport.
import type { AppEvent, EventMap, EventName } from '../../shared/contract';

export type EventListener = (event: AppEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit<K extends EventName>(name: K, payload: EventMap[K]): void {
    const event = { name, payload } as AppEvent;
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken transport must not stop the others from receiving the event.
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
