// One clock for a test's whole world: the workstation (journal, reconciliation, request
// signing) and, when attached, the sandbox's server clock. It moves with real time — a
// frozen clock hides races — and `advance` jumps both sides forward together, as if minutes
// passed, so settle times of minutes are honoured without waiting for them. `skewServer` sets
// how far the server's clock is from the workstation's, as a real server's may be.
export interface ServerClockControl {
  setClockOffset(seconds: number): void;
}

export interface WorldClock {
  now(): Date;
  nowMs(): number;
  /** Both clocks jump forward by `ms`. */
  advance(ms: number): void;
  /** The server's clock runs `ms` ahead of the workstation's (negative: behind). */
  skewServer(ms: number): void;
  attachServer(server: ServerClockControl): void;
}

export function worldClock(server?: ServerClockControl): WorldClock {
  let jumpedMs = 0;
  let skewMs = 0;
  const servers: ServerClockControl[] = server ? [server] : [];
  const push = (): void => {
    for (const s of servers) s.setClockOffset((jumpedMs + skewMs) / 1000);
  };
  const nowMs = (): number => Date.now() + jumpedMs;
  return {
    now: () => new Date(nowMs()),
    nowMs,
    advance(ms) {
      if (ms < 0) throw new Error('time only moves forward');
      jumpedMs += ms;
      push();
    },
    skewServer(ms) {
      skewMs = ms;
      push();
    },
    attachServer(s) {
      servers.push(s);
      push();
    },
  };
}

/**
 * The world clock of a sandbox reached over HTTP, for child processes: the sandbox keeps the
 * jumped time (its clock offset), so every process — including one started after a kill —
 * sees the same time, and `advance` moves it for all of them.
 */
export async function sandboxWorldClock(sandboxUrl: string): Promise<{ now(): Date; advance(ms: number): Promise<void> }> {
  const read = async (): Promise<number> => {
    const r = (await (await fetch(`${sandboxUrl}/_sandbox/clock`)).json()) as { offsetSeconds: number };
    return r.offsetSeconds * 1000;
  };
  let jumpedMs = await read();
  return {
    now: () => new Date(Date.now() + jumpedMs),
    async advance(ms) {
      jumpedMs += ms;
      const r = await fetch(`${sandboxUrl}/_sandbox/clock`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offsetSeconds: jumpedMs / 1000 }),
      });
      if (!r.ok) throw new Error(`sandbox clock: HTTP ${r.status}`);
    },
  };
}
