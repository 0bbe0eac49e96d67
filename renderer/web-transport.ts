// The web host's side of the bridge: POST for invocations, a streamed SSE response for
// events. The launch token arrives in the URL fragment once and is kept for the tab only.
import type { Envelope } from '../shared/contract/define';
import type { AppEvent } from '../shared/contract/events';
import { WEB_EVENTS_PATH, WEB_INVOKE_PATH, type PartnerDeskBridge } from '../shared/contract/transport';

const TOKEN_KEY = 'partner-desk.token';

export function takeLaunchToken(): string {
  const match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createWebBridge(token: string): PartnerDeskBridge {
  const listeners = new Set<(event: AppEvent) => void>();
  let streaming = false;

  const stream = async () => {
    for (;;) {
      try {
        const res = await fetch(WEB_EVENTS_PATH, { headers: { Authorization: `Bearer ${token}` } });
        if (!res.ok || !res.body) throw new Error(`events ${res.status}`);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const data = block
              .split('\n')
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            if (data) {
              const event = JSON.parse(data) as AppEvent;
              for (const l of listeners) l(event);
            }
          }
        }
      } catch {
        // The host restarted or the tab slept: reconnect after a pause.
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  };

  return {
    async invoke(channel, input) {
      const res = await fetch(WEB_INVOKE_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel, input }),
      });
      return (await res.json()) as Envelope;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!streaming) {
        streaming = true;
        void stream();
      }
      return () => listeners.delete(listener);
    },
  };
}
