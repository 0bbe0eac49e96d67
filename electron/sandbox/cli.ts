// `npm run sandbox -- [--port N] [--seed N] [--customers N] [--latency-ms N] [--state FILE]
//   [--no-rate-limit] [--fault OP:KIND[:PROB|xN]]... [--record-lag OP:SECONDS]...` — prints one JSON line when ready.
import { parseArgs } from 'node:util';
import { FAULT_KINDS, parseFaultFlag } from './faults';
import { startSandbox } from './index';
import { LAGGED_OPERATIONS, parseRecordLagFlag } from './record-lag';

const HELP = `Usage: npm run sandbox -- [options]
  --port N                 listen port on 127.0.0.1 (default 0: a free port)
  --seed N                 data seed (default 42)
  --customers N            generated customers, 0–200000 (default 2000)
  --latency-ms N           extra latency on every API call (default 0)
  --state FILE             keep the data across restarts in FILE
  --no-rate-limit          do not enforce the per-operation rate limits
  --fault OP:KIND[:PROB|xN]
                           inject a fault (OP an operation name or *); kinds: ${FAULT_KINDS.join(', ')}
  --record-lag OP:SECONDS  records a write operation produced show in their list APIs only SECONDS after
                           the write (by the sandbox clock); OP * or one of ${LAGGED_OPERATIONS.join(', ')}
  --help                   this text
Prints one JSON line when ready: {"url", "accounts", "fixtureAccounts"}. Control API: GET <url>/_sandbox.
`;

const intOf = (v: string | undefined, name: string, min: number, max: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in [${min}, ${max}]`);
  return n;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' }, seed: { type: 'string' }, customers: { type: 'string' }, 'latency-ms': { type: 'string' },
      state: { type: 'string' }, 'no-rate-limit': { type: 'boolean' }, fault: { type: 'string', multiple: true },
      'record-lag': { type: 'string', multiple: true }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const sandbox = await startSandbox({
    port: intOf(values.port, 'port', 0, 65535) ?? 0,
    seed: intOf(values.seed, 'seed', 0, 2 ** 31 - 1) ?? 42,
    customers: intOf(values.customers, 'customers', 0, 200_000) ?? 2000,
    latencyMs: intOf(values['latency-ms'], 'latency-ms', 0, 600_000) ?? 0,
    rateLimits: !values['no-rate-limit'],
    recordLag: (values['record-lag'] ?? []).map(parseRecordLagFlag),
    ...(values.state !== undefined ? { statePath: values.state } : {}),
  });
  for (const f of values.fault ?? []) sandbox.control.addFault(parseFaultFlag(f));
  process.stdout.write(`${JSON.stringify({
    url: sandbox.url,
    accounts: sandbox.accounts.map((a) => ({ role: a.role, name: a.name, accountName: a.accountName, domainId: a.domainId, ak: a.ak, sk: a.sk })),
    fixtureAccounts: sandbox.fixtureAccounts.map((a) => ({ role: a.role, name: a.name, accountName: a.accountName, domainId: a.domainId, ak: a.ak, sk: a.sk, purpose: a.purpose })),
    intlAccount: { role: sandbox.intlAccount.role, name: sandbox.intlAccount.name, accountName: sandbox.intlAccount.accountName, domainId: sandbox.intlAccount.domainId, ak: sandbox.intlAccount.ak, sk: sandbox.intlAccount.sk },
  })}\n`);
  const stop = (): void => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`sandbox: ${(e as Error).message}\n`);
  process.exit(1);
});
